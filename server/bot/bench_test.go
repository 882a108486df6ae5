package bot

import "testing"

func BenchmarkParseScore(b *testing.B) {
	inputs := []string{"8", " 10 ", "8/10", "8 из 10", "seven", "7.5"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ParseScore(inputs[i%len(inputs)], 0, ScaleMax)
	}
}

func BenchmarkValidateDefault(b *testing.B) {
	g := DefaultNPSGraph(1)
	users := func(id uint64) bool { return id == 1 }
	b.ReportAllocs()
	for b.Loop() {
		if ps := Validate(g, users); len(ps) != 0 {
			b.Fatal(ps)
		}
	}
}

// BenchmarkAnswerDefault measures one engine call: a customer's score on the
// default bot, through the condition to the critical alert.
func BenchmarkAnswerDefault(b *testing.B) {
	g := DefaultNPSGraph(1)
	run, _, err := Start(g, testEnv, t0)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, actions, err := Answer(g, run, testEnv, "3", t0); err != nil || len(actions) != 3 {
			b.Fatal(actions, err)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	text := defaultTextsEN.alert
	vars := map[string]string{"score": "3", "contact.name": "Anna", "conversation.id": "42"}
	b.ReportAllocs()
	for b.Loop() {
		Render(text, vars)
	}
}

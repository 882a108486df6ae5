package bot

import (
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	t.Parallel()
	vars := map[string]string{
		"score":           "3",
		"contact.name":    "Anna",
		"conversation.id": "42",
		"comment":         "{{score}}", // a value is never rendered again
		"empty":           "",
	}
	tests := []struct{ in, want string }{
		{"", ""},
		{"no placeholders", "no placeholders"},
		{"Critical NPS score {{score}} from {{contact.name}} in conversation #{{conversation.id}}",
			"Critical NPS score 3 from Anna in conversation #42"},
		{"{{ score }}", "3"},
		{"{{\tscore\t}}", "3"},
		{"{{score}}{{score}}", "33"},
		{"{{unknown}} and {{score}}", "{{unknown}} and 3"},
		{"{{ unknown }}", "{{ unknown }}"},
		{"{{contact.email}}", "{{contact.email}}"},
		{"{{}}", "{{}}"},
		{"{{ }}", "{{ }}"},
		{"{{score", "{{score"},
		{"score}}", "score}}"},
		{"{score}", "{score}"},
		{"{{{score}}}", "{3}"},
		{"{{sc ore}}", "{{sc ore}}"},
		{"{{score\n}}", "{{score\n}}"},
		{"{{comment}}", "{{score}}"},
		{"[{{empty}}]", "[]"},
		{"Привет, {{contact.name}}!", "Привет, Anna!"},
		{"{{{{score}}}}", "{{3}}"},
	}
	for _, tt := range tests {
		if got := Render(tt.in, vars); got != tt.want {
			t.Errorf("Render(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRenderNilVars(t *testing.T) {
	t.Parallel()
	if got := Render("{{score}}", nil); got != "{{score}}" {
		t.Errorf("got %q", got)
	}
}

func FuzzRender(f *testing.F) {
	for _, s := range []string{"", "{{score}}", "{{ contact.name }}", "{{{{", "}}{{", "{{x}", "{{score}}{{unknown}}", "\xff{{score}}"} {
		f.Add(s, "8")
	}
	f.Fuzz(func(t *testing.T, text, value string) {
		got := Render(text, map[string]string{"score": value, "contact.name": value})
		if !strings.Contains(text, "{{") && got != text {
			t.Fatalf("text without placeholders changed: %q → %q", text, got)
		}
		if Render(text, nil) != text {
			t.Fatalf("nothing to fill, yet %q changed", text)
		}
		if !strings.Contains(value, "{") && !strings.Contains(value, "}") &&
			strings.Count(got, "{{") > strings.Count(text, "{{") {
			t.Fatalf("rendering %q created placeholders: %q", text, got)
		}
	})
}

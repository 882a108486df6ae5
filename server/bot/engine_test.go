package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

var (
	t0      = time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	testEnv = Env{Lang: "en", Vars: map[string]string{"contact.name": "Anna", "conversation.id": "42"}}
)

// graphBuilder assembles small graphs for engine tests.
type graphBuilder struct{ g Graph }

func newGraph() *graphBuilder { return &graphBuilder{g: Graph{Version: GraphVersion}} }

func (b *graphBuilder) node(id, typ string, data any) *graphBuilder {
	var raw json.RawMessage
	if data != nil {
		raw = rawData(data)
	}
	b.g.Nodes = append(b.g.Nodes, Node{ID: id, Type: typ, Data: raw})
	return b
}

func (b *graphBuilder) edge(source, handle, target string) *graphBuilder {
	b.g.Edges = append(b.g.Edges, Edge{ID: fmt.Sprintf("e%d", len(b.g.Edges)), Source: source, SourceHandle: handle, Target: target})
	return b
}

// chain wires ids one after another by their single output.
func (b *graphBuilder) chain(ids ...string) *graphBuilder {
	for i := 1; i < len(ids); i++ {
		b.edge(ids[i-1], "", ids[i])
	}
	return b
}

func kinds(actions []Action) string {
	var ks []string
	for _, a := range actions {
		ks = append(ks, string(a.Kind))
	}
	return strings.Join(ks, ",")
}

func mustStart(t *testing.T, g Graph, env Env) Run {
	t.Helper()
	run, _, err := Start(g, env, t0)
	if err != nil {
		t.Fatal(err)
	}
	return run
}

func mustAnswer(t *testing.T, g Graph, run Run, env Env, text string) (Run, []Action) {
	t.Helper()
	run, actions, err := Answer(g, run, env, text, t0.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	return run, actions
}

func TestDefaultGraphStart(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(1)
	run, actions, err := Start(g, testEnv, t0)
	if err != nil {
		t.Fatal(err)
	}
	until := t0.Add(DefaultAnswerTimeout)
	want := []Action{
		{Kind: ActionSendMessage, NodeID: DefaultQuestionID, Text: defaultTextsEN.question, Buttons: scaleButtons(0)},
		{Kind: ActionWait, NodeID: DefaultQuestionID, WaitKind: WaitAnswer, Until: until},
	}
	if !reflect.DeepEqual(actions, want) {
		t.Errorf("actions\n got %+v\nwant %+v", actions, want)
	}
	wantRun := Run{NodeID: DefaultQuestionID, Status: RunWaiting, WaitKind: WaitAnswer, WaitUntil: until}
	if !reflect.DeepEqual(run, wantRun) {
		t.Errorf("run %+v, want %+v", run, wantRun)
	}
	if len(actions[0].Buttons) != 11 || actions[0].Buttons[0].Value != "0" || actions[0].Buttons[10].Value != "10" {
		t.Errorf("buttons %+v", actions[0].Buttons)
	}
}

func TestDefaultGraphCriticalScore(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(7)
	run, actions := mustAnswer(t, g, mustStart(t, g, testEnv), testEnv, "3")
	want := []Action{
		{Kind: ActionRecordRating, NodeID: DefaultQuestionID, Score: 3, ScaleMin: 0},
		{Kind: ActionNotify, NodeID: DefaultAlertID, UserIDs: []uint64{7},
			Text: "Critical NPS score 3 from Anna in conversation #42"},
		{Kind: ActionDone, NodeID: DefaultAlertID},
	}
	if !reflect.DeepEqual(actions, want) {
		t.Errorf("actions\n got %+v\nwant %+v", actions, want)
	}
	wantRun := Run{NodeID: DefaultAlertID, Status: RunDone, Vars: map[string]string{"score": "3"}}
	if !reflect.DeepEqual(run, wantRun) {
		t.Errorf("run %+v, want %+v", run, wantRun)
	}
}

func TestDefaultGraphHighScore(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(7)
	run, actions := mustAnswer(t, g, mustStart(t, g, testEnv), testEnv, "10")
	want := []Action{
		{Kind: ActionRecordRating, NodeID: DefaultQuestionID, Score: 10},
		{Kind: ActionSendMessage, NodeID: DefaultThanksID, Text: "Thank you for your rating!"},
		{Kind: ActionDone, NodeID: DefaultThanksID},
	}
	if !reflect.DeepEqual(actions, want) {
		t.Errorf("actions\n got %+v\nwant %+v", actions, want)
	}
	if run.Status != RunDone || run.NodeID != DefaultThanksID {
		t.Errorf("run %+v", run)
	}
}

func TestDefaultGraphCriticalBoundary(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(1)
	start := mustStart(t, g, testEnv)
	for score := 0; score <= 10; score++ {
		_, actions := mustAnswer(t, g, start, testEnv, fmt.Sprint(score))
		critical := actions[1].Kind == ActionNotify
		if critical != (score <= DefaultCriticalScore) {
			t.Errorf("score %d: %s", score, kinds(actions))
		}
	}
}

func TestDefaultGraphRussian(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraphLang(1, "ru")
	env := testEnv
	env.Lang = "ru"
	env.Vars = map[string]string{"contact.name": "Анна", "conversation.id": "5"}
	start, actions, err := Start(g, env, t0)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(actions[0].Text, "Насколько вероятно") {
		t.Errorf("question %q", actions[0].Text)
	}
	_, actions = mustAnswer(t, g, start, env, "9")
	if actions[1].Text != "Спасибо за вашу оценку!" {
		t.Errorf("thanks %q", actions[1].Text)
	}
	_, actions = mustAnswer(t, g, start, env, "2")
	if actions[1].Text != "Клиент Анна поставил оценку 2 в разговоре №5" {
		t.Errorf("alert %q", actions[1].Text)
	}
	_, actions = mustAnswer(t, g, start, env, "хорошо")
	if len(actions) != 1 || actions[0].Text != "Пожалуйста, ответьте числом от 0 до 10." {
		t.Errorf("reask %+v", actions)
	}
}

func TestConditionOperators(t *testing.T) {
	t.Parallel()
	tests := []struct {
		op    string
		score int
		want  string
	}{
		{OpLTE, 5, HandleTrue}, {OpLTE, 6, HandleTrue}, {OpLTE, 7, HandleFalse},
		{OpLT, 5, HandleTrue}, {OpLT, 6, HandleFalse}, {OpLT, 7, HandleFalse},
		{OpEQ, 5, HandleFalse}, {OpEQ, 6, HandleTrue}, {OpEQ, 7, HandleFalse},
		{OpGTE, 5, HandleFalse}, {OpGTE, 6, HandleTrue}, {OpGTE, 7, HandleTrue},
		{OpGT, 5, HandleFalse}, {OpGT, 6, HandleFalse}, {OpGT, 7, HandleTrue},
		{"unknown", 6, HandleFalse},
	}
	for _, tt := range tests {
		g := newGraph().
			node("start", TypeStart, nil).
			node("nps", TypeNPSQuestion, NPSQuestionData{Text: "Rate us"}).
			node("c", TypeCondition, ConditionData{Variable: "score", Operator: tt.op, Value: 6}).
			node("yes", TypeMessage, MessageData{Text: HandleTrue}).
			node("no", TypeMessage, MessageData{Text: HandleFalse}).
			chain("start", "nps", "c").edge("c", HandleTrue, "yes").edge("c", HandleFalse, "no").g
		_, actions := mustAnswer(t, g, mustStart(t, g, testEnv), testEnv, fmt.Sprint(tt.score))
		if got := actions[1].Text; got != tt.want {
			t.Errorf("%d %s 6: took %q, want %q", tt.score, tt.op, got, tt.want)
		}
	}
}

func TestConditionOnUnsetOrTextVariableIsFalse(t *testing.T) {
	t.Parallel()
	for _, vars := range []map[string]string{nil, {"visits": "many"}, {"visits": ""}} {
		g := newGraph().
			node("start", TypeStart, nil).
			node("c", TypeCondition, ConditionData{Variable: "visits", Operator: OpLT, Value: 100}).
			node("yes", TypeMessage, MessageData{Text: "yes"}).
			node("no", TypeMessage, MessageData{Text: "no"}).
			chain("start", "c").edge("c", HandleTrue, "yes").edge("c", HandleFalse, "no").g
		env := Env{Vars: vars}
		_, actions, err := Start(g, env, t0)
		if err != nil {
			t.Fatal(err)
		}
		if actions[0].Text != "no" {
			t.Errorf("vars %v: took %q", vars, actions[0].Text)
		}
	}
}

func TestScaleOneToTen(t *testing.T) {
	t.Parallel()
	g := newGraph().
		node("start", TypeStart, nil).
		node("nps", TypeNPSQuestion, NPSQuestionData{Text: "Rate us from 1 to 10", ScaleMin: 1}).
		chain("start", "nps").g
	run, actions, err := Start(g, testEnv, t0)
	if err != nil {
		t.Fatal(err)
	}
	if b := actions[0].Buttons; len(b) != 10 || b[0].Value != "1" || b[9].Value != "10" {
		t.Errorf("buttons %+v", b)
	}
	_, actions = mustAnswer(t, g, run, testEnv, "0")
	if len(actions) != 1 || actions[0].Kind != ActionReask || actions[0].Text != "Please reply with a number from 1 to 10." ||
		len(actions[0].Buttons) != 10 {
		t.Errorf("0 on a 1-10 scale: %+v", actions)
	}
	done, actions := mustAnswer(t, g, run, testEnv, "1")
	want := []Action{{Kind: ActionRecordRating, NodeID: "nps", Score: 1, ScaleMin: 1}, {Kind: ActionDone, NodeID: "nps"}}
	if !reflect.DeepEqual(actions, want) || done.Status != RunDone {
		t.Errorf("got %+v, %+v", done, actions)
	}
}

func TestReask(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(1)
	waiting := mustStart(t, g, testEnv)
	run := waiting
	for i, text := range []string{"great!", "7.5", "eleven", "11", "8/9"} {
		var actions []Action
		run, actions = mustAnswer(t, g, run, testEnv, text)
		if run.Status != RunWaiting || run.NodeID != DefaultQuestionID || !run.WaitUntil.Equal(waiting.WaitUntil) || run.Reasks != i+1 {
			t.Fatalf("answer %d %q: run %+v", i+1, text, run)
		}
		if i < MaxReasks {
			want := []Action{{Kind: ActionReask, NodeID: DefaultQuestionID, Text: "Please reply with a number from 0 to 10.", Buttons: scaleButtons(0)}}
			if !reflect.DeepEqual(actions, want) {
				t.Errorf("answer %d %q: %+v", i+1, text, actions)
			}
		} else if len(actions) != 0 {
			t.Errorf("answer %d %q after %d re-asks: %+v", i+1, text, MaxReasks, actions)
		}
	}
	if waiting.Reasks != 0 {
		t.Error("Answer changed the caller's run")
	}
	run, actions := mustAnswer(t, g, run, testEnv, " 9 / 10 ")
	if kinds(actions) != "record_rating,send_message,done" || actions[0].Score != 9 || run.Reasks != 0 {
		t.Errorf("a valid answer after invalid ones: %+v %+v", run, actions)
	}
}

func TestExpiry(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(1)
	env := testEnv
	env.AnswerTimeout = time.Hour
	run := mustStart(t, g, env)
	if !run.WaitUntil.Equal(t0.Add(time.Hour)) {
		t.Fatalf("WaitUntil %v", run.WaitUntil)
	}
	if run.Due(t0.Add(59 * time.Minute)) {
		t.Error("due before its time")
	}
	same, actions, err := Tick(g, run, env, t0.Add(59*time.Minute))
	if err != nil || actions != nil || !reflect.DeepEqual(same, run) {
		t.Errorf("early tick: %+v %+v %v", same, actions, err)
	}

	expired, actions, err := Tick(g, run, env, t0.Add(time.Hour))
	want := []Action{{Kind: ActionExpired, NodeID: DefaultQuestionID}}
	if err != nil || !reflect.DeepEqual(actions, want) || expired.Status != RunExpired || expired.WaitKind != "" {
		t.Errorf("tick at the deadline: %+v %+v %v", expired, actions, err)
	}
	if expired.Due(t0.Add(2 * time.Hour)) {
		t.Error("an expired run is due")
	}

	// An answer that comes late, before the timer noticed, expires the run
	// and records nothing.
	late, actions, err := Answer(g, run, env, "9", t0.Add(2*time.Hour))
	if err != nil || !reflect.DeepEqual(actions, want) || late.Status != RunExpired {
		t.Errorf("late answer: %+v %+v %v", late, actions, err)
	}

	// Answers to an expired or finished run are refused.
	if _, actions, err := Answer(g, expired, env, "9", t0.Add(2*time.Hour)); !errors.Is(err, ErrNotWaiting) || actions != nil {
		t.Errorf("answer to an expired run: %v %+v", err, actions)
	}
	done, _ := mustAnswer(t, g, run, env, "9")
	if again, actions, err := Answer(g, done, env, "3", t0.Add(2*time.Minute)); !errors.Is(err, ErrNotWaiting) || actions != nil || !reflect.DeepEqual(again, done) {
		t.Errorf("second answer: %v %+v", err, actions)
	}
	if _, actions, err := Tick(g, done, env, t0.Add(48*time.Hour)); err != nil || actions != nil {
		t.Errorf("tick on a finished run: %+v %v", actions, err)
	}
}

func TestPause(t *testing.T) {
	t.Parallel()
	g := newGraph().
		node("start", TypeStart, nil).
		node("p", TypePause, PauseData{Minutes: 30}).
		node("later", TypeMessage, MessageData{Text: "Still there, {{contact.name}}?"}).
		chain("start", "p", "later").g
	run, actions, err := Start(g, testEnv, t0)
	if err != nil {
		t.Fatal(err)
	}
	until := t0.Add(30 * time.Minute)
	want := []Action{{Kind: ActionWait, NodeID: "p", WaitKind: WaitTimer, Until: until}}
	if !reflect.DeepEqual(actions, want) || run.Status != RunWaiting || run.WaitKind != WaitTimer || !run.WaitUntil.Equal(until) {
		t.Fatalf("start: %+v %+v", run, actions)
	}
	if _, _, err := Answer(g, run, testEnv, "9", t0.Add(time.Minute)); !errors.Is(err, ErrNotWaiting) {
		t.Errorf("answer during a pause: %v", err)
	}
	if _, actions, _ := Tick(g, run, testEnv, until.Add(-time.Second)); actions != nil {
		t.Errorf("tick before the end: %+v", actions)
	}
	run, actions, err = Tick(g, run, testEnv, until)
	want = []Action{{Kind: ActionSendMessage, NodeID: "later", Text: "Still there, Anna?"}, {Kind: ActionDone, NodeID: "later"}}
	if err != nil || !reflect.DeepEqual(actions, want) || run.Status != RunDone || run.WaitKind != "" || !run.WaitUntil.IsZero() {
		t.Errorf("tick at the end: %+v %+v %v", run, actions, err)
	}
}

func TestQuestionStoresVariable(t *testing.T) {
	t.Parallel()
	g := newGraph().
		node("start", TypeStart, nil).
		node("nps", TypeNPSQuestion, NPSQuestionData{Text: "Rate us"}).
		node("ask", TypeQuestion, QuestionData{Text: "What could we do better, {{contact.name}}?", Variable: "comment"}).
		node("tell", TypeInternalMessage, InternalMessageData{UserIDs: []uint64{2, 1, 2}, Text: "{{score}}: {{comment}}"}).
		node("end", TypeStop, nil).
		chain("start", "nps", "ask", "tell", "end").g
	run, actions := mustAnswer(t, g, mustStart(t, g, testEnv), testEnv, "9")
	if kinds(actions) != "record_rating,send_message,wait" || actions[1].Text != "What could we do better, Anna?" ||
		actions[1].Buttons != nil || run.NodeID != "ask" || run.WaitKind != WaitAnswer {
		t.Fatalf("after the score: %+v %+v", run, actions)
	}
	again, actions := mustAnswer(t, g, run, testEnv, "  \n ")
	if !reflect.DeepEqual(actions, []Action{{Kind: ActionReask, NodeID: "ask", Text: "Please type your answer."}}) || again.Status != RunWaiting {
		t.Errorf("blank answer: %+v", actions)
	}
	run, actions = mustAnswer(t, g, run, testEnv, "  Faster replies  ")
	want := []Action{
		{Kind: ActionRecordAnswer, NodeID: "ask", Variable: "comment", Text: "Faster replies"},
		{Kind: ActionNotify, NodeID: "tell", UserIDs: []uint64{2, 1}, Text: "9: Faster replies"},
		{Kind: ActionDone, NodeID: "end"},
	}
	if !reflect.DeepEqual(actions, want) {
		t.Errorf("actions\n got %+v\nwant %+v", actions, want)
	}
	if run.Vars["comment"] != "Faster replies" || run.Vars["score"] != "9" || run.Status != RunDone {
		t.Errorf("run %+v", run)
	}
}

func TestQuestionAnswerIsCut(t *testing.T) {
	t.Parallel()
	g := newGraph().
		node("start", TypeStart, nil).
		node("ask", TypeQuestion, QuestionData{Text: "Why?", Variable: "why"}).
		chain("start", "ask").g
	run, actions := mustAnswer(t, g, mustStart(t, g, testEnv), testEnv, strings.Repeat("ж", MaxTextLength+10))
	if n := len([]rune(actions[0].Text)); n != MaxTextLength || len([]rune(run.Vars["why"])) != MaxTextLength {
		t.Errorf("kept %d characters", n)
	}
}

func TestMessageAndStop(t *testing.T) {
	t.Parallel()
	buttons := []Button{{Label: "Yes", Value: "yes"}, {Label: "No", Value: "no"}}
	g := newGraph().
		node("start", TypeStart, nil).
		node("hello", TypeMessage, MessageData{Text: "Hello {{contact.name}} #{{conversation.id}} {{unknown}}", Buttons: buttons}).
		node("end", TypeStop, nil).
		node("never", TypeMessage, MessageData{Text: "never sent"}).
		chain("start", "hello", "end").g
	// An edge out of a stop (refused by Validate) is never followed.
	g.Edges = append(g.Edges, Edge{ID: "x", Source: "end", Target: "never"})
	run, actions, err := Start(g, testEnv, t0)
	want := []Action{
		{Kind: ActionSendMessage, NodeID: "hello", Text: "Hello Anna #42 {{unknown}}", Buttons: buttons},
		{Kind: ActionDone, NodeID: "end"},
	}
	if err != nil || !reflect.DeepEqual(actions, want) || run.Status != RunDone || run.NodeID != "end" {
		t.Errorf("got %+v %+v %v", run, actions, err)
	}
}

func TestNodeWithoutExitEndsRun(t *testing.T) {
	t.Parallel()
	g := newGraph().
		node("start", TypeStart, nil).
		node("alert", TypeInternalMessage, InternalMessageData{UserIDs: []uint64{3}, Text: "Hi"}).
		chain("start", "alert").g
	run, actions, err := Start(g, testEnv, t0)
	if err != nil || kinds(actions) != "notify,done" || run.NodeID != "alert" || run.Status != RunDone {
		t.Errorf("got %+v %+v %v", run, actions, err)
	}
	// A start with no exit ends at once.
	run, actions, err = Start(newGraph().node("start", TypeStart, nil).g, testEnv, t0)
	if err != nil || kinds(actions) != "done" || run.NodeID != "start" {
		t.Errorf("lonely start: %+v %+v %v", run, actions, err)
	}
}

func TestStepLimit(t *testing.T) {
	t.Parallel()
	loop := newGraph().
		node("start", TypeStart, nil).
		node("a", TypeMessage, MessageData{Text: "a"}).
		node("b", TypeMessage, MessageData{Text: "b"}).
		chain("start", "a", "b", "a").g
	run, actions, err := Start(loop, testEnv, t0)
	if !errors.Is(err, ErrStepLimit) || actions != nil || !reflect.DeepEqual(run, Run{}) {
		t.Errorf("Start into a loop: %+v %+v %v", run, actions, err)
	}

	// After an answer, the answer is kept, nothing else is sent, the run ends.
	afterAnswer := newGraph().
		node("start", TypeStart, nil).
		node("nps", TypeNPSQuestion, NPSQuestionData{Text: "Rate us"}).
		node("a", TypeMessage, MessageData{Text: "a"}).
		chain("start", "nps", "a", "a").g
	run, actions, err = Answer(afterAnswer, mustStart(t, afterAnswer, testEnv), testEnv, "5", t0)
	if !errors.Is(err, ErrStepLimit) || kinds(actions) != "record_rating,done" || run.Status != RunDone {
		t.Errorf("Answer into a loop: %+v %+v %v", run, actions, err)
	}
}

func TestBrokenGraphs(t *testing.T) {
	t.Parallel()
	if _, _, err := Start(Graph{Version: 1}, testEnv, t0); !errors.Is(err, ErrNoStart) {
		t.Errorf("no start: %v", err)
	}
	broken := map[string]Graph{
		"unknown type": newGraph().node("start", TypeStart, nil).node("w", "webhook", nil).chain("start", "w").g,
		"missing node": newGraph().node("start", TypeStart, nil).chain("start", "ghost").g,
		"bad data": newGraph().node("start", TypeStart, nil).node("m", TypeMessage, json.RawMessage(`"x"`)).
			chain("start", "m").g,
		"zero pause": newGraph().node("start", TypeStart, nil).node("p", TypePause, PauseData{}).chain("start", "p").g,
	}
	for name, g := range broken {
		if _, actions, err := Start(g, testEnv, t0); !errors.Is(err, ErrInvalidGraph) || actions != nil {
			t.Errorf("%s: %+v %v", name, actions, err)
		}
	}

	// A run waiting at a node that no longer asks anything ends.
	g := DefaultNPSGraph(1)
	run := mustStart(t, g, testEnv)
	run.NodeID = DefaultThanksID
	done, actions, err := Answer(g, run, testEnv, "5", t0)
	if !errors.Is(err, ErrInvalidGraph) || kinds(actions) != "done" || done.Status != RunDone {
		t.Errorf("waiting at a message: %+v %+v %v", done, actions, err)
	}
	run.NodeID = "gone"
	if _, actions, err := Answer(g, run, testEnv, "5", t0); !errors.Is(err, ErrInvalidGraph) || kinds(actions) != "done" {
		t.Errorf("waiting at a missing node: %+v %v", actions, err)
	}
}

func TestRunSurvivesRestart(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(1)
	run := mustStart(t, g, testEnv)
	saved, err := json.Marshal(run)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`{"node_id":"nps_question","status":"waiting","wait_kind":"answer","wait_until":%q}`,
		t0.Add(DefaultAnswerTimeout).Format(time.RFC3339))
	if string(saved) != want {
		t.Errorf("saved %s\n want %s", saved, want)
	}
	var loaded Run
	if err := json.Unmarshal(saved, &loaded); err != nil {
		t.Fatal(err)
	}
	_, actions := mustAnswer(t, g, loaded, testEnv, "2")
	if kinds(actions) != "record_rating,notify,done" {
		t.Errorf("after reload: %s", kinds(actions))
	}
}

func TestRunVarsBeatEnvVars(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(1)
	env := Env{Vars: map[string]string{"score": "99", "contact.name": "Bo", "conversation.id": "1"}}
	_, actions := mustAnswer(t, g, mustStart(t, g, env), env, "4")
	if actions[1].Text != "Critical NPS score 4 from Bo in conversation #1" {
		t.Errorf("text %q", actions[1].Text)
	}
}

func TestAnswerDoesNotShareVars(t *testing.T) {
	t.Parallel()
	g := newGraph().
		node("start", TypeStart, nil).
		node("nps", TypeNPSQuestion, NPSQuestionData{Text: "Rate us"}).
		node("again", TypeNPSQuestion, NPSQuestionData{Text: "And now?"}).
		chain("start", "nps", "again").g
	first, _ := mustAnswer(t, g, mustStart(t, g, testEnv), testEnv, "3")
	second, _ := mustAnswer(t, g, first, testEnv, "8")
	if first.Vars["score"] != "3" || second.Vars["score"] != "8" {
		t.Errorf("first %v, second %v", first.Vars, second.Vars)
	}
}

func TestActionJSON(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		action Action
		want   string
	}{
		{Action{Kind: ActionRecordRating, NodeID: "n", Score: 0, ScaleMin: 0}, `{"kind":"record_rating","node_id":"n","score":0,"scale_min":0}`},
		{Action{Kind: ActionSendMessage, NodeID: "n", Text: "Hi", Buttons: []Button{{Label: "1", Value: "1"}}},
			`{"kind":"send_message","node_id":"n","text":"Hi","buttons":[{"label":"1","value":"1"}]}`},
		{Action{Kind: ActionWait, NodeID: "n", WaitKind: WaitTimer, Until: t0}, `{"kind":"wait","node_id":"n","wait_kind":"timer","until":"2025-03-01T10:00:00Z"}`},
		{Action{Kind: ActionNotify, UserIDs: []uint64{1, 2}, Text: "x"}, `{"kind":"notify","text":"x","user_ids":[1,2]}`},
	} {
		b, err := json.Marshal(tt.action)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.want {
			t.Errorf("got  %s\nwant %s", b, tt.want)
		}
		var back Action
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, tt.action) {
			t.Errorf("round trip of %s: %+v %v", b, back, err)
		}
	}
}

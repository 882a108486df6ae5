package bot

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
)

func TestGraphJSON(t *testing.T) {
	t.Parallel()
	g := Graph{Version: 1,
		Nodes: []Node{{ID: "start", Type: TypeStart, Position: Position{X: 1.5, Y: -2}, Data: json.RawMessage(`{}`)}},
		Edges: []Edge{{ID: "a", Source: "s", Target: "t"}, {ID: "b", Source: "c", SourceHandle: HandleTrue, Target: "t"}},
	}
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"version":1,"nodes":[{"id":"start","type":"start","position":{"x":1.5,"y":-2},"data":{}}],` +
		`"edges":[{"id":"a","source":"s","target":"t"},{"id":"b","source":"c","source_handle":"true","target":"t"}]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

// TestDefaultGraphFixture keeps testdata/graphs/valid_default.json equal to
// DefaultNPSGraph(1), so the constructor's tests see the real default bot.
func TestDefaultGraphFixture(t *testing.T) {
	t.Parallel()
	var fx graphFixture
	readFixture(t, filepath.Join("testdata", "graphs", "valid_default.json"), &fx)
	b, err := json.Marshal(DefaultNPSGraph(1))
	if err != nil {
		t.Fatal(err)
	}
	var want, got any
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(fx.Graph)
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("valid_default.json differs from DefaultNPSGraph(1)\n got %v\nwant %v", got, want)
	}
}

func TestDefaultGraphShape(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(5)
	var cond ConditionData
	var alert InternalMessageData
	var q NPSQuestionData
	for _, n := range g.Nodes {
		if n.Data == nil {
			t.Errorf("node %s has null data; the constructor expects an object", n.ID)
		}
		switch n.Type {
		case TypeCondition:
			mustDecode(t, n, &cond)
		case TypeInternalMessage:
			mustDecode(t, n, &alert)
		case TypeNPSQuestion:
			mustDecode(t, n, &q)
		}
	}
	if cond != (ConditionData{Variable: "score", Operator: OpLTE, Value: 6}) {
		t.Errorf("condition %+v", cond)
	}
	if !reflect.DeepEqual(alert.UserIDs, []uint64{5}) || q.ScaleMin != 0 {
		t.Errorf("alert %+v, question %+v", alert, q)
	}
	if DefaultNPSGraphLang(5, "ru-RU").Nodes[4].Data == nil || !isRussian("ru-RU") || isRussian("rus") || isRussian("en") {
		t.Error("language detection")
	}
}

func mustDecode(t *testing.T, n Node, v any) {
	t.Helper()
	if err := DecodeData(n, v); err != nil {
		t.Fatalf("%s: %v", n.ID, err)
	}
}

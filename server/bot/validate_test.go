package bot

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// graphFixture is one file of testdata/graphs (see testdata/README.md).
type graphFixture struct {
	Description string          `json:"description"`
	Users       []uint64        `json:"users"`
	Graph       Graph           `json:"graph"`
	Problems    []problemExpect `json:"problems"`
}

// problemExpect is what a fixture pins of a problem: not the message.
type problemExpect struct {
	NodeID string `json:"node_id,omitempty"`
	EdgeID string `json:"edge_id,omitempty"`
	Code   string `json:"code"`
}

// readFixture decodes path into v, refusing unknown fields so a typo in a
// fixture fails loudly instead of being ignored.
func readFixture(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func userSet(ids []uint64) func(uint64) bool {
	return func(id uint64) bool { return slices.Contains(ids, id) }
}

func TestValidateFixtures(t *testing.T) {
	t.Parallel()
	paths, err := filepath.Glob(filepath.Join("testdata", "graphs", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var fx graphFixture
			readFixture(t, path, &fx)
			if fx.Description == "" {
				t.Error("fixture has no description")
			}
			if strings.HasPrefix(name, "valid_") != (len(fx.Problems) == 0) {
				t.Errorf("file name %q does not match its %d expected problems", name, len(fx.Problems))
			}
			got := Validate(fx.Graph, userSet(fx.Users))
			gotKeys := make([]problemExpect, len(got))
			for i, p := range got {
				gotKeys[i] = problemExpect{NodeID: p.NodeID, EdgeID: p.EdgeID, Code: p.Code}
				if p.Message == "" || p.Code == "" {
					t.Errorf("problem %d has no code or message: %+v", i, p)
				}
			}
			if !slices.Equal(gotKeys, fx.Problems) {
				t.Errorf("%s\n got: %s\nwant: %s", fx.Description, keysString(got), expectString(fx.Problems))
			}
		})
	}
}

func keysString(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("\n  " + p.Code + " node=" + p.NodeID + " edge=" + p.EdgeID + " (" + p.Message + ")")
	}
	return b.String()
}

func expectString(ps []problemExpect) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("\n  " + p.Code + " node=" + p.NodeID + " edge=" + p.EdgeID)
	}
	return b.String()
}

func TestValidateDefaultGraphs(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "ru"} {
		g := DefaultNPSGraphLang(42, lang)
		if ps := Validate(g, userSet([]uint64{42})); len(ps) != 0 {
			t.Errorf("%s default graph: %s", lang, keysString(ps))
		}
		ps := Validate(g, userSet([]uint64{1}))
		if len(ps) != 1 || ps[0].Code != CodeUnknownUser || ps[0].NodeID != DefaultAlertID {
			t.Errorf("%s default graph with its admin deleted: %s", lang, keysString(ps))
		}
	}
}

func TestValidateNilUsersSkipsRecipientCheck(t *testing.T) {
	t.Parallel()
	if ps := Validate(DefaultNPSGraph(999), nil); len(ps) != 0 {
		t.Errorf("got %s", keysString(ps))
	}
}

func TestValidateDoesNotTouchTheGraph(t *testing.T) {
	t.Parallel()
	g := DefaultNPSGraph(1)
	before, _ := json.Marshal(g)
	Validate(g, nil)
	after, _ := json.Marshal(g)
	if !bytes.Equal(before, after) {
		t.Error("Validate changed the graph")
	}
}

func TestProblemJSON(t *testing.T) {
	t.Parallel()
	b, err := json.Marshal(Problem{Code: CodeNoStart, Message: "m"})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"code":"no_start","message":"m"}` {
		t.Errorf("got %s", b)
	}
}

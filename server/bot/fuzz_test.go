package bot

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzValidate feeds arbitrary graph documents to Validate and
// CheckConnection, and checks the promise between validation and the engine:
// a graph without problems always runs without an engine error.
func FuzzValidate(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "graphs", "*.json"))
	for _, path := range paths {
		var fx struct {
			Graph json.RawMessage `json:"graph"`
		}
		b, err := os.ReadFile(path)
		if err == nil && json.Unmarshal(b, &fx) == nil && len(fx.Graph) < 20000 {
			f.Add([]byte(fx.Graph), "5")
		}
	}
	f.Fuzz(func(t *testing.T, doc []byte, answer string) {
		var g Graph
		if json.Unmarshal(doc, &g) != nil {
			return
		}
		problems := Validate(g, nil)
		for _, n := range g.Nodes {
			CheckConnection(g, Edge{ID: "new", Source: n.ID, Target: n.ID})
		}
		if len(problems) > 0 {
			return
		}
		run, _, err := Start(g, Env{}, time.Unix(0, 0))
		if err != nil {
			t.Fatalf("valid graph failed to start: %v", err)
		}
		for range 3 {
			now := run.WaitUntil
			switch {
			case run.Status == RunWaiting && run.WaitKind == WaitAnswer:
				run, _, err = Answer(g, run, Env{}, answer, now.Add(-time.Second))
			case run.Status == RunWaiting:
				run, _, err = Tick(g, run, Env{}, now)
			}
			if err != nil {
				t.Fatalf("valid graph failed on the way: %v", err)
			}
		}
	})
}

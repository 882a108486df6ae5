package bot

import (
	"path/filepath"
	"strings"
	"testing"
)

// connectionFixture is one file of testdata/connections.
type connectionFixture struct {
	Description string `json:"description"`
	Graph       Graph  `json:"graph"`
	Cases       []struct {
		Name    string         `json:"name"`
		Edge    Edge           `json:"edge"`
		Problem *problemExpect `json:"problem"`
	} `json:"cases"`
}

func TestCheckConnectionFixtures(t *testing.T) {
	t.Parallel()
	paths, err := filepath.Glob(filepath.Join("testdata", "connections", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range paths {
		var fx connectionFixture
		readFixture(t, path, &fx)
		// The base graphs are valid bots plus loose, unreachable nodes.
		for _, p := range Validate(fx.Graph, nil) {
			if p.Code != CodeUnreachable {
				t.Errorf("%s: base graph problem %s on %s", path, p.Code, p.NodeID)
			}
		}
		for _, c := range fx.Cases {
			t.Run(strings.TrimSuffix(filepath.Base(path), ".json")+"/"+c.Name, func(t *testing.T) {
				got := CheckConnection(fx.Graph, c.Edge)
				switch {
				case got == nil && c.Problem == nil:
				case got == nil:
					t.Errorf("got no problem, want %+v", *c.Problem)
				case c.Problem == nil:
					t.Errorf("got %+v, want none", *got)
				case got.Code != c.Problem.Code || got.NodeID != c.Problem.NodeID || got.EdgeID != c.Problem.EdgeID:
					t.Errorf("got %+v, want %+v", *got, *c.Problem)
				case got.Message == "":
					t.Error("problem without message")
				}
			})
		}
	}
}

// TestCheckConnectionAgreesWithValidate adds each accepted edge to the graph
// and expects Validate to raise no wiring or loop problem about it, and each
// refused edge to make Validate report the same code.
func TestCheckConnectionAgreesWithValidate(t *testing.T) {
	t.Parallel()
	var fx connectionFixture
	readFixture(t, filepath.Join("testdata", "connections", "default_bot.json"), &fx)
	for _, c := range fx.Cases {
		if c.Edge.ID == "" {
			continue
		}
		g := fx.Graph
		g.Edges = nil
		for _, e := range fx.Graph.Edges {
			if e.ID != c.Edge.ID {
				g.Edges = append(g.Edges, e)
			}
		}
		g.Edges = append(g.Edges, c.Edge)
		found := false
		for _, p := range Validate(g, nil) {
			if p.Code == CodeUnreachable || p.Code == CodeNoExit {
				continue // the base graph has loose nodes; reconnecting frees an output
			}
			if c.Problem == nil {
				t.Errorf("%s: accepted, but Validate reports %s on %s", c.Name, p.Code, p.NodeID)
			} else if p.Code == c.Problem.Code {
				found = true
			}
		}
		if c.Problem != nil && !found {
			t.Errorf("%s: refused with %s, but Validate does not report it", c.Name, c.Problem.Code)
		}
	}
}

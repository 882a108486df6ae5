package bot

import (
	"fmt"
	"unicode/utf8"
)

// Validate returns every problem that keeps g from being saved, or none.
// users reports whether a user id exists; a nil users does not check
// recipients' existence.
//
// The order is stable, by phase: the whole graph (version, size); each node
// in document order (id, type, data, extra start); a missing start; each edge
// in document order (id, then wiring); then the flow: the start's exit and
// the conditions' outputs, unreachable nodes, loops without a waiting node,
// conditions on an unset score. A graph over MaxNodes or MaxEdges gets only
// its too_large problems: it is not examined further.
func Validate(g Graph, users func(id uint64) bool) []Problem {
	var out []Problem
	if g.Version != GraphVersion {
		out = append(out, Problem{Code: CodeUnsupportedVersion,
			Message: fmt.Sprintf("Bot version %d is not supported; the version is %d.", g.Version, GraphVersion)})
	}
	if len(g.Nodes) > MaxNodes {
		out = append(out, Problem{Code: CodeTooLarge,
			Message: fmt.Sprintf("The bot has %d steps; the limit is %d.", len(g.Nodes), MaxNodes)})
	}
	if len(g.Edges) > MaxEdges {
		out = append(out, Problem{Code: CodeTooLarge,
			Message: fmt.Sprintf("The bot has %d connections; the limit is %d.", len(g.Edges), MaxEdges)})
	}
	if len(g.Nodes) > MaxNodes || len(g.Edges) > MaxEdges {
		return out
	}

	ix := newIndex(g)
	info := make([]nodeInfo, len(g.Nodes))
	seenStart := false
	for i, n := range g.Nodes {
		out = checkID(out, n.ID, i, "Step", func(p *Problem) { p.NodeID = n.ID }, ix.byID[n.ID] != i)
		if !knownType(n.Type) {
			out = append(out, Problem{NodeID: n.ID, Code: CodeUnknownType,
				Message: fmt.Sprintf("Unknown step type %q.", n.Type)})
			continue
		}
		out, info[i] = checkNode(out, n, users)
		if n.Type == TypeStart {
			if seenStart {
				out = append(out, Problem{NodeID: n.ID, Code: CodeMultipleStarts,
					Message: "A bot has exactly one start step; remove this one."})
			}
			seenStart = true
		}
	}
	if !seenStart {
		out = append(out, Problem{Code: CodeNoStart, Message: "The bot has no start step."})
	}

	seenEdge := make(map[string]bool, len(g.Edges))
	w := newWiring(len(g.Nodes))
	for i, e := range g.Edges {
		out = checkID(out, e.ID, i, "Connection", func(p *Problem) { p.EdgeID = e.ID }, seenEdge[e.ID])
		seenEdge[e.ID] = true
		var ok bool
		out, ok = ix.checkEdge(out, e, w)
		if ok {
			w.add(ix, e)
		}
	}

	return ix.checkFlow(out, info, w)
}

// checkID appends the problems of one node or edge id: empty, too long, or a
// duplicate of an earlier one. at names the element for people (1-based).
func checkID(out []Problem, id string, at int, what string, mark func(*Problem), duplicate bool) []Problem {
	var p Problem
	switch {
	case id == "":
		p = Problem{Code: CodeMissingID, Message: fmt.Sprintf("%s #%d has no id.", what, at+1)}
	case utf8.RuneCountInString(id) > MaxIDLength:
		p = Problem{Code: CodeIDTooLong,
			Message: fmt.Sprintf("%s #%d has an id longer than %d characters.", what, at+1, MaxIDLength)}
	case duplicate:
		p = Problem{Code: CodeDuplicateID,
			Message: fmt.Sprintf("%s #%d has the id %q, which an earlier one already has.", what, at+1, id)}
	default:
		return out
	}
	mark(&p)
	return append(out, p)
}

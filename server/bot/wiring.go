package bot

import "fmt"

// index finds nodes by id. The first node with an id owns it; later nodes
// with the same id (a duplicate_id problem) cannot be wired to.
type index struct {
	g     Graph
	byID  map[string]int
	start int // the first start node owning its id, or -1
}

func newIndex(g Graph) *index {
	ix := &index{g: g, byID: make(map[string]int, len(g.Nodes)), start: -1}
	for i, n := range g.Nodes {
		if n.ID == "" {
			continue
		}
		if _, taken := ix.byID[n.ID]; taken {
			continue
		}
		ix.byID[n.ID] = i
		if n.Type == TypeStart && ix.start < 0 {
			ix.start = i
		}
	}
	return ix
}

// owns reports whether node i is the one its id refers to.
func (ix *index) owns(i int) bool {
	j, ok := ix.byID[ix.g.Nodes[i].ID]
	return ok && j == i
}

// exit is one wired output of a node.
type exit struct {
	handle string
	to     int
}

// exitKey names one output of a node.
type exitKey struct {
	from   int
	handle string
}

// wiring holds the edges the engine would follow: for each output, the first
// edge leaving it, provided the edge has no problem.
type wiring struct {
	exits [][]exit
	used  map[exitKey]bool
}

func newWiring(nodes int) *wiring {
	return &wiring{exits: make([][]exit, nodes), used: make(map[exitKey]bool)}
}

func (w *wiring) add(ix *index, e Edge) {
	from, to := ix.byID[e.Source], ix.byID[e.Target]
	w.exits[from] = append(w.exits[from], exit{handle: e.SourceHandle, to: to})
}

// has reports whether node i has a wired output named handle.
func (w *wiring) has(i int, handle string) bool {
	for _, x := range w.exits[i] {
		if x.handle == handle {
			return true
		}
	}
	return false
}

// validHandle reports whether a node of type t may have an output named
// handle. Unknown types are reported elsewhere, so any handle passes here.
func validHandle(t, handle string) bool {
	switch {
	case t == TypeCondition:
		return handle == HandleTrue || handle == HandleFalse
	case knownType(t):
		return handle == ""
	}
	return true
}

// checkEdge appends the wiring problems of e, in this order: unknown source,
// unknown target, an exit a stop or a handle the source does not have, an
// edge into the start, an output already taken by an earlier edge. It marks
// the output as taken, and reports whether e has no problem.
func (ix *index) checkEdge(out []Problem, e Edge, w *wiring) ([]Problem, bool) {
	from, fromOK := ix.byID[e.Source]
	to, toOK := ix.byID[e.Target]
	ok := true
	add := func(p Problem) {
		p.EdgeID = e.ID
		out = append(out, p)
		ok = false
	}
	if !fromOK {
		add(Problem{Code: CodeUnknownNode,
			Message: fmt.Sprintf("The connection starts at step %q, which does not exist.", e.Source)})
	}
	if !toOK {
		add(Problem{Code: CodeUnknownNode,
			Message: fmt.Sprintf("The connection ends at step %q, which does not exist.", e.Target)})
	}
	handleOK := false
	if fromOK {
		src := ix.g.Nodes[from]
		switch {
		case src.Type == TypeStop:
			add(Problem{NodeID: src.ID, Code: CodeExitNotAllowed,
				Message: "A stop step ends the bot; it cannot lead anywhere."})
		case !validHandle(src.Type, e.SourceHandle) && src.Type == TypeCondition:
			add(Problem{NodeID: src.ID, Code: CodeInvalidHandle,
				Message: fmt.Sprintf("A condition's outputs are \"true\" and \"false\", not %q.", e.SourceHandle)})
		case !validHandle(src.Type, e.SourceHandle):
			add(Problem{NodeID: src.ID, Code: CodeInvalidHandle,
				Message: fmt.Sprintf("This step has a single output; it has no output named %q.", e.SourceHandle)})
		default:
			handleOK = true
		}
	}
	if toOK && ix.g.Nodes[to].Type == TypeStart {
		add(Problem{NodeID: ix.g.Nodes[to].ID, Code: CodeEdgeIntoStart,
			Message: "Nothing can lead into the start step."})
	}
	if handleOK {
		key := exitKey{from: from, handle: e.SourceHandle}
		if w.used[key] {
			add(Problem{NodeID: e.Source, Code: CodeDuplicateExit, Message: outputName(e.SourceHandle) +
				" is already connected; an output leads to one step only."})
		}
		w.used[key] = true
	}
	return out, ok
}

// outputName names an output for people.
func outputName(handle string) string {
	if handle == "" {
		return "This step's output"
	}
	return fmt.Sprintf("The %q output", handle)
}

// checkFlow appends the problems of the flow as a whole: the start's exit and
// the conditions' outputs, unreachable nodes, loops without a waiting node
// and conditions on an unset score, each group in document order.
func (ix *index) checkFlow(out []Problem, info []nodeInfo, w *wiring) []Problem {
	nodes := ix.g.Nodes
	if ix.start >= 0 && len(w.exits[ix.start]) == 0 {
		out = append(out, Problem{NodeID: nodes[ix.start].ID, Code: CodeNoExit,
			Message: "The start step must lead to another step."})
	}
	for i, n := range nodes {
		if n.Type != TypeCondition || !ix.owns(i) {
			continue
		}
		for _, h := range []string{HandleTrue, HandleFalse} {
			if !w.has(i, h) {
				out = append(out, Problem{NodeID: n.ID, Code: CodeNoExit,
					Message: fmt.Sprintf("The condition's %q output is not connected.", h)})
			}
		}
	}

	if ix.start >= 0 {
		reached := ix.walk(w, ix.start, func(int) bool { return true })
		for i, n := range nodes {
			if !reached[i] && n.Type != TypeStart && ix.owns(i) {
				out = append(out, Problem{NodeID: n.ID, Code: CodeUnreachable,
					Message: "No path leads from the start to this step."})
			}
		}
	}

	for i, n := range nodes {
		if ix.owns(i) && ix.onInstantLoop(w, i) {
			out = append(out, Problem{NodeID: n.ID, Code: CodeLoopWithoutWait,
				Message: "This step is on a loop with no waiting step (NPS question, question or pause); the bot would run forever."})
		}
	}

	if ix.start >= 0 {
		// Walk from the start without going past an NPS question: a
		// condition on score met on the way can run before any score exists.
		beforeScore := ix.walk(w, ix.start, func(i int) bool { return nodes[i].Type != TypeNPSQuestion })
		for i, n := range nodes {
			if beforeScore[i] && n.Type == TypeCondition && info[i].conditionVariable == "score" {
				out = append(out, Problem{NodeID: n.ID, Code: CodeScoreUnset,
					Message: "This condition checks the score, but the bot can reach it before asking the NPS question."})
			}
		}
	}
	return out
}

// walk returns the nodes reachable from node from over wired edges, leaving
// only the nodes for which expand is true.
func (ix *index) walk(w *wiring, from int, expand func(int) bool) []bool {
	seen := make([]bool, len(ix.g.Nodes))
	seen[from] = true
	queue := []int{from}
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		if !expand(i) {
			continue
		}
		for _, x := range w.exits[i] {
			if !seen[x.to] {
				seen[x.to] = true
				queue = append(queue, x.to)
			}
		}
	}
	return seen
}

// instantPath reports whether node to can be reached from node from through
// nodes that do not wait (both ends included).
func (ix *index) instantPath(w *wiring, from, to int) bool {
	instant := func(i int) bool { return !waits(ix.g.Nodes[i].Type) }
	if !instant(from) || !instant(to) {
		return false
	}
	return ix.walk(w, from, instant)[to]
}

// onInstantLoop reports whether node i lies on a cycle of nodes none of
// which waits.
func (ix *index) onInstantLoop(w *wiring, i int) bool {
	for _, x := range w.exits[i] {
		if ix.instantPath(w, x.to, i) {
			return true
		}
	}
	return false
}

package bot

// CheckConnection applies the wiring rules of [Validate] to one edge the
// constructor proposes to add to g, and returns the first problem, or nil
// when the edge may be drawn. The rules, in order: both ends exist; the
// source is not a stop and has an output named e.SourceHandle; the target is
// not the start; that output is not taken yet; the edge does not close a
// loop without a waiting node.
//
// An existing edge with e's id is left out first, so reconnecting an edge
// checks its new ends. e.ID may be empty; ids are not checked here.
func CheckConnection(g Graph, e Edge) *Problem {
	ix := newIndex(g)
	w := newWiring(len(g.Nodes))
	for _, old := range g.Edges {
		if e.ID != "" && old.ID == e.ID {
			continue
		}
		if _, ok := ix.checkEdge(nil, old, w); ok {
			w.add(ix, old)
		}
	}

	problems, ok := ix.checkEdge(nil, e, w)
	if !ok {
		return &problems[0]
	}
	// The new edge closes a loop when its target already leads back to its
	// source through nodes that do not wait.
	from, to := ix.byID[e.Source], ix.byID[e.Target]
	if ix.instantPath(w, to, from) {
		return &Problem{NodeID: e.Source, EdgeID: e.ID, Code: CodeLoopWithoutWait,
			Message: "This connection closes a loop with no waiting step (NPS question, question or pause); the bot would run forever."}
	}
	return nil
}

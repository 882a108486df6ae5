import type { Graph, GraphEdge } from '../model/graph';
import { problem, type Problem } from './problem';
import { GraphIndex, Wiring } from './wiring';

/**
 * checkConnection applies the wiring rules of validate to one edge the user
 * proposes to draw, and returns the first problem, or null when it may be
 * drawn (server/bot/connection.go). An existing edge with e's id is left out
 * first, so moving an edge's end checks its new ends; e.id may be empty.
 */
export function checkConnection(g: Graph, e: GraphEdge): Problem | null {
  const ix = new GraphIndex(g);
  const w = new Wiring(g.nodes.length);
  for (const old of g.edges) {
    if (e.id !== '' && old.id === e.id) continue;
    if (ix.checkEdge(old, w).length === 0) w.add(ix, old);
  }
  const problems = ix.checkEdge(e, w);
  if (problems.length > 0) return problems[0];
  // The new edge closes a loop when its target already leads back to its
  // source through steps that do not wait.
  const from = ix.byId.get(e.source)!;
  const to = ix.byId.get(e.target)!;
  if (ix.instantPath(w, to, from)) {
    return problem(
      'loop_without_wait',
      'This connection closes a loop with no waiting step (NPS question, question or pause); the bot would run forever.',
      { node_id: e.source, edge_id: e.id },
    );
  }
  return null;
}

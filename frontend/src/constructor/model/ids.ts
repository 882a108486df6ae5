import { LIMITS } from './limits';
import type { Graph } from './graph';

/** newNodeId returns an unused step id such as "message_2": readable in exports and stable. */
export function newNodeId(g: Graph, type: string, taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...g.nodes.map((n) => n.id), ...taken]);
  for (let n = 1; ; n++) {
    const id = `${type}_${n}`;
    if (!used.has(id)) return id;
  }
}

/** newEdgeId returns an unused connection id that says what it joins, e.g. "e_start_message_2". */
export function newEdgeId(
  g: Graph,
  edge: { source: string; source_handle?: string; target: string },
  taken: ReadonlySet<string> = new Set(),
): string {
  const used = new Set([...g.edges.map((e) => e.id), ...taken]);
  let base = ['e', edge.source, edge.source_handle, edge.target].filter(Boolean).join('_');
  // Keep room for a suffix under the id limit.
  if ([...base].length > LIMITS.max_id_length - 6) base = 'e';
  if (!used.has(base) && base !== 'e') return base;
  for (let n = 2; ; n++) {
    const id = `${base}_${n}`;
    if (!used.has(id)) return id;
  }
}

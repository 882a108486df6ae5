import { isObject } from '../rules/decode';
import type { Graph, GraphEdge, GraphNode, Position } from './graph';
import { newEdgeId, newNodeId } from './ids';

/**
 * Pure edits of the graph document. Each returns a new graph and shares what
 * did not change; nothing is ever changed in place, so the undo history can
 * keep old graphs as they are.
 */

/** addNode adds a step of `type` at `position` and returns the graph and the new id. */
export function addNode(g: Graph, type: string, position: Position, data: unknown): { graph: Graph; id: string } {
  const id = newNodeId(g, type);
  return { graph: { ...g, nodes: [...g.nodes, { id, type, position, data }] }, id };
}

/** moveNodes sets the positions of the steps named in `positions`. */
export function moveNodes(g: Graph, positions: ReadonlyMap<string, Position>): Graph {
  let moved = false;
  const nodes = g.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p || (p.x === n.position.x && p.y === n.position.y)) return n;
    moved = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return moved ? { ...g, nodes } : g;
}

/** updateNodeData merges `patch` into a step's data, keeping fields the editor does not know. */
export function updateNodeData(g: Graph, id: string, patch: Record<string, unknown>): Graph {
  return {
    ...g,
    nodes: g.nodes.map((n) =>
      n.id === id ? { ...n, data: { ...(isObject(n.data) ? n.data : {}), ...patch } } : n,
    ),
  };
}

/** replaceNodeData sets a step's data as a whole (used to repair malformed data). */
export function replaceNodeData(g: Graph, id: string, data: unknown): Graph {
  return { ...g, nodes: g.nodes.map((n) => (n.id === id ? { ...n, data } : n)) };
}

/** removeElements deletes steps (with every connection touching them) and connections. */
export function removeElements(g: Graph, nodeIds: Iterable<string>, edgeIds: Iterable<string>): Graph {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  return {
    ...g,
    nodes: g.nodes.filter((n) => !nodes.has(n.id)),
    edges: g.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  };
}

/** connect adds a connection; its id is made up when `edge.id` is empty. */
export function connect(g: Graph, edge: GraphEdge): { graph: Graph; id: string } {
  const id = edge.id || newEdgeId(g, edge);
  const added: GraphEdge = { id, source: edge.source, target: edge.target };
  if (edge.source_handle) added.source_handle = edge.source_handle;
  return { graph: { ...g, edges: [...g.edges, added] }, id };
}

/** reconnect moves an existing connection to new ends, keeping its id and place. */
export function reconnect(g: Graph, id: string, ends: Omit<GraphEdge, 'id'>): Graph {
  return {
    ...g,
    edges: g.edges.map((e) => {
      if (e.id !== id) return e;
      const moved: GraphEdge = { id, source: ends.source, target: ends.target };
      if (ends.source_handle) moved.source_handle = ends.source_handle;
      return moved;
    }),
  };
}

/** DUPLICATE_OFFSET is how far a copy lands from its original. */
export const DUPLICATE_OFFSET = 40;

/**
 * duplicateNodes copies steps (never the start: a bot has one), with the
 * connections between the copied steps, and returns the copies' ids.
 */
export function duplicateNodes(g: Graph, ids: Iterable<string>): { graph: Graph; ids: string[] } {
  const chosen = new Set(ids);
  const originals = g.nodes.filter((n) => chosen.has(n.id) && n.type !== 'start');
  const rename = new Map<string, string>();
  const copies: GraphNode[] = [];
  for (const n of originals) {
    const id = newNodeId(g, n.type, new Set(rename.values()));
    rename.set(n.id, id);
    copies.push({
      id,
      type: n.type,
      position: { x: n.position.x + DUPLICATE_OFFSET, y: n.position.y + DUPLICATE_OFFSET },
      data: n.data === undefined ? undefined : structuredClone(n.data),
    });
  }
  const edgeIds = new Set<string>();
  const copiedEdges: GraphEdge[] = [];
  for (const e of g.edges) {
    const source = rename.get(e.source);
    const target = rename.get(e.target);
    if (!source || !target) continue;
    const edge: GraphEdge = { id: '', source, target };
    if (e.source_handle) edge.source_handle = e.source_handle;
    edge.id = newEdgeId(g, edge, edgeIds);
    edgeIds.add(edge.id);
    copiedEdges.push(edge);
  }
  return {
    graph: { ...g, nodes: [...g.nodes, ...copies], edges: [...g.edges, ...copiedEdges] },
    ids: copies.map((n) => n.id),
  };
}

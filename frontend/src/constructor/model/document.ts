import type { Graph, GraphEdge, GraphNode } from './graph';

/**
 * toDocument is the graph exactly as it is saved and exported: the fields of
 * api.md and nothing else, whatever objects the editor passed around.
 */
export function toDocument(g: Graph): Graph {
  return {
    version: g.version,
    nodes: g.nodes.map((n): GraphNode => {
      const node: GraphNode = { id: n.id, type: n.type, position: { x: n.position.x, y: n.position.y } };
      if (n.data !== undefined) node.data = n.data;
      return node;
    }),
    edges: g.edges.map((e): GraphEdge => {
      const edge: GraphEdge = { id: e.id, source: e.source, target: e.target };
      if (e.source_handle) edge.source_handle = e.source_handle;
      return edge;
    }),
  };
}

/** sameDocument reports whether two graphs would save the same document. */
export function sameDocument(a: Graph, b: Graph): boolean {
  return a === b || JSON.stringify(toDocument(a)) === JSON.stringify(toDocument(b));
}

/** exportText is the JSON file an export downloads. */
export function exportText(g: Graph): string {
  return `${JSON.stringify(toDocument(g), null, 2)}\n`;
}

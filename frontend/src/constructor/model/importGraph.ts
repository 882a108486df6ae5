import { isObject } from '../rules/decode';
import { validate } from '../rules/validate';
import { runeLength } from '../rules/text';
import { toDocument } from './document';
import { GRAPH_VERSION, type Graph, type GraphEdge, type GraphNode } from './graph';
import { LIMITS } from './limits';

/** MAX_IMPORT_BYTES bounds the file read: a full bot of 200 long steps is far below it. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** ImportRefusal says why a file was not taken; the editor explains each in words. */
export type ImportRefusal =
  | { reason: 'file_too_big' }
  | { reason: 'not_json' }
  | { reason: 'not_a_bot' }
  | { reason: 'wrong_version'; version: unknown }
  | { reason: 'too_large'; nodes: number; edges: number }
  | { reason: 'unknown_types'; types: string[] }
  | { reason: 'too_long' }
  | { reason: 'no_start' }
  | { reason: 'broken' };

/** ImportResult is the graph read from a file, or why it was refused. */
export type ImportResult = { ok: true; graph: Graph } | ({ ok: false } & ImportRefusal);

const refuse = (r: ImportRefusal): ImportResult => ({ ok: false, ...r });

/** Problems that make a file unusable rather than a bot to fix in the editor. */
const BROKEN = new Set(['missing_id', 'duplicate_id', 'invalid_data', 'unknown_node']);

/**
 * importGraph reads an exported bot (the graph document, or a bot `{graph}`
 * as the API returns it). It refuses what the editor cannot show safely or
 * the server would never take: not JSON, not a bot, another version, over the
 * size limits, unknown step types, strings over the text limit, broken ids or
 * data. Ordinary problems (an empty text, a recipient unknown here, a missing
 * connection) are let in, to be fixed on the canvas. Texts are only ever
 * shown as text, so markup or script in them is harmless.
 */
export function importGraph(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return refuse({ reason: 'file_too_big' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse({ reason: 'not_json' });
  }
  const root = isObject(parsed) && isObject(parsed.graph) ? parsed.graph : parsed;
  if (!isObject(root) || !Array.isArray(root.nodes) || !Array.isArray(root.edges)) {
    return refuse({ reason: 'not_a_bot' });
  }
  if (root.version !== GRAPH_VERSION) return refuse({ reason: 'wrong_version', version: root.version });
  if (root.nodes.length > LIMITS.max_nodes || root.edges.length > LIMITS.max_edges) {
    return refuse({ reason: 'too_large', nodes: root.nodes.length, edges: root.edges.length });
  }
  if (hasHugeString(root)) return refuse({ reason: 'too_long' });

  const nodes = root.nodes.map(readNode);
  const edges = root.edges.map(readEdge);
  if (nodes.includes(null) || edges.includes(null)) return refuse({ reason: 'not_a_bot' });
  const graph = toDocument({
    version: GRAPH_VERSION,
    nodes: nodes as GraphNode[],
    edges: edges as GraphEdge[],
  });

  const problems = validate(graph, null);
  const unknown = problems.filter((p) => p.code === 'unknown_type').map((p) => graph.nodes.find((n) => n.id === p.node_id)?.type ?? '');
  if (unknown.length > 0) return refuse({ reason: 'unknown_types', types: [...new Set(unknown)] });
  if (problems.some((p) => p.code === 'id_too_long' || p.code === 'text_too_long')) return refuse({ reason: 'too_long' });
  if (problems.some((p) => BROKEN.has(p.code))) return refuse({ reason: 'broken' });
  // The palette has no Start to add: a bot without one could never be fixed here.
  if (problems.some((p) => p.code === 'no_start')) return refuse({ reason: 'no_start' });
  return { ok: true, graph };
}

function readNode(raw: unknown, i: number): GraphNode | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.type !== 'string') return null;
  const p = raw.position;
  let position = { x: 0, y: i * 140 };
  if (p !== undefined && p !== null) {
    if (!isObject(p) || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return null;
    position = { x: p.x as number, y: p.y as number };
  }
  const node: GraphNode = { id: raw.id, type: raw.type, position };
  if (raw.data !== undefined) node.data = raw.data;
  return node;
}

function readEdge(raw: unknown): GraphEdge | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.source !== 'string' || typeof raw.target !== 'string') {
    return null;
  }
  const handle = raw.source_handle;
  if (handle !== undefined && handle !== null && typeof handle !== 'string') return null;
  const edge: GraphEdge = { id: raw.id, source: raw.source, target: raw.target };
  if (handle) edge.source_handle = handle;
  return edge;
}

/** hasHugeString reports whether any string (or key) in v is longer than the text limit. */
function hasHugeString(v: unknown, depth = 0): boolean {
  if (depth > 16) return true; // nothing in a bot nests this deep
  if (typeof v === 'string') return runeLength(v) > LIMITS.max_text_length;
  if (Array.isArray(v)) return v.some((item) => hasHugeString(item, depth + 1));
  if (isObject(v)) {
    return Object.entries(v).some(([k, item]) => runeLength(k) > LIMITS.max_text_length || hasHugeString(item, depth + 1));
  }
  return false;
}

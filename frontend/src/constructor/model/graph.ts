/**
 * The bot graph document (api.md, section Bots): the domain only. Canvas state
 * (selection, dragging, measured sizes) never lives here, so what the editor
 * holds is exactly what it saves.
 */

/** GRAPH_VERSION is the only version of the document the rules know. */
export const GRAPH_VERSION = 1;

/** NodeType is one of the step types the engine runs. */
export type NodeType =
  | 'start'
  | 'message'
  | 'nps_question'
  | 'question'
  | 'condition'
  | 'internal_message'
  | 'pause'
  | 'stop';

/** NODE_TYPES lists the step types in the order of limits.json. */
export const NODE_TYPES: readonly NodeType[] = [
  'start',
  'message',
  'nps_question',
  'question',
  'condition',
  'internal_message',
  'pause',
  'stop',
];

/** ConditionHandle names a condition's two outputs. */
export type ConditionHandle = 'true' | 'false';

/** Position is where a step sits on the canvas. */
export interface Position {
  x: number;
  y: number;
}

/**
 * GraphNode is one step. `type` is a string, not NodeType, because a document
 * from a file or an older server may carry types the rules must report; `data`
 * is whatever the document holds, checked by the rules and decoded on use.
 */
export interface GraphNode {
  id: string;
  type: string;
  position: Position;
  data?: unknown;
}

/** GraphEdge wires an output of `source` to `target`; only a condition names its outputs. */
export interface GraphEdge {
  id: string;
  source: string;
  source_handle?: string;
  target: string;
}

/** Graph is the saved bot document. */
export interface Graph {
  version: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** isNodeType reports whether t is a step type the rules understand. */
export function isNodeType(t: string): t is NodeType {
  return (NODE_TYPES as readonly string[]).includes(t);
}

/** WAITING_TYPES stop a run until an answer or a timer; loops must pass one of them. */
export const WAITING_TYPES: readonly NodeType[] = ['nps_question', 'question', 'pause'];

/** waits reports whether a step of type t makes the run wait. */
export function waits(t: string): boolean {
  return (WAITING_TYPES as readonly string[]).includes(t);
}

/** handleOf is an edge's output name as the rules compare it ("" for a single output). */
export function handleOf(edge: Pick<GraphEdge, 'source_handle'>): string {
  return edge.source_handle ?? '';
}

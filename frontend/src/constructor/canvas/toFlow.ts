import { isNodeType, type Graph, type GraphEdge, type GraphNode } from '../model/graph';
import type { Problem } from '../rules/problem';
import type { Selection } from '../state/useEditor';
import type { LinkFlowEdge, StepFlowNode } from './flowTypes';

/** Measured sizes React Flow reported for the steps: canvas state only. */
export type Measured = ReadonlyMap<string, { width: number; height: number }>;

/** EMPTY is shared so steps without problems keep the same data object between renders. */
const EMPTY: readonly Problem[] = [];

/** problemsByStep groups problems by the step they are marked on. */
export function problemsByStep(problems: readonly Problem[]): Map<string, Problem[]> {
  const by = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.node_id) continue;
    const list = by.get(p.node_id) ?? [];
    list.push(p);
    by.set(p.node_id, list);
  }
  return by;
}

/**
 * toFlowNodes turns the document's steps into React Flow nodes, adding the
 * canvas state (selection, measured size) and what to mark (problems, the
 * preview's position). The document itself is passed through untouched.
 */
export function toFlowNodes(
  g: Graph,
  problems: ReadonlyMap<string, readonly Problem[]>,
  selection: Selection,
  measured: Measured,
  active: string | null,
  labelOf: (n: GraphNode) => string,
): StepFlowNode[] {
  const selected = new Set(selection.nodes);
  // The first Start cannot be deleted (a bot begins there); an extra one can.
  const start = g.nodes.find((n) => n.type === 'start');
  return g.nodes.map((n) => ({
    id: n.id,
    type: isNodeType(n.type) ? n.type : 'unknown',
    position: n.position,
    data: { step: n, problems: problems.get(n.id) ?? EMPTY, active: n.id === active },
    selected: selected.has(n.id),
    deletable: n !== start,
    measured: measured.get(n.id),
    ariaLabel: labelOf(n),
  }));
}

/** toFlowEdges turns the document's connections into React Flow edges, marking those that break a rule. */
export function toFlowEdges(
  g: Graph,
  invalid: ReadonlySet<string>,
  selection: Selection,
  labelOf: (e: GraphEdge) => string,
): LinkFlowEdge[] {
  const selected = new Set(selection.edges);
  return g.edges.map((e) => ({
    id: e.id,
    source: e.source,
    sourceHandle: e.source_handle ?? null,
    target: e.target,
    type: 'link',
    data: { invalid: invalid.has(e.id), handle: e.source_handle ?? '' },
    selected: selected.has(e.id),
    ariaLabel: labelOf(e),
  }));
}

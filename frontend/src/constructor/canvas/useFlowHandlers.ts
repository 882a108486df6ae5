import type {
  Connection,
  Edge,
  EdgeChange,
  FinalConnectionState,
  IsValidConnection,
  NodeChange,
  OnDelete,
} from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import { connect, moveNodes, reconnect, removeElements } from '../model/edit';
import type { Graph, Position } from '../model/graph';
import { checkConnection } from '../rules/connection';
import type { Problem } from '../rules/problem';
import type { Editor } from '../state/useEditor';
import { attemptedEdge, connectionEdge } from './connectionEdge';
import type { LinkFlowEdge, StepFlowNode } from './flowTypes';

/** toggled applies React Flow's select changes to a list of selected ids. */
function toggled(ids: readonly string[], changes: { id: string; selected: boolean }[]): string[] {
  const set = new Set(ids);
  for (const c of changes) {
    if (c.selected) set.add(c.id);
    else set.delete(c.id);
  }
  return [...set];
}

/**
 * useFlowHandlers wires React Flow's events to the editor: moves and
 * selection become canvas state or edits, connections are checked with the
 * server's rules before they exist, deletions are one undo step. React Flow
 * never owns the document.
 */
export function useFlowHandlers(
  editor: Editor,
  onMeasured: (sizes: Map<string, { width: number; height: number }>) => void,
  onRefused: (problem: Problem) => void,
) {
  const { change, select } = editor;
  // React Flow asks isValidConnection on every pointer move: read the graph
  // through a ref so the handlers keep one identity.
  const graph = useRef<Graph>(editor.graph);
  graph.current = editor.graph;
  const reconnecting = useRef<string | null>(null);

  const onNodesChange = useCallback(
    (changes: NodeChange<StepFlowNode>[]) => {
      const positions = new Map<string, Position>();
      const sizes = new Map<string, { width: number; height: number }>();
      const selecting = changes.filter((c) => c.type === 'select');
      for (const c of changes) {
        if (c.type === 'position' && c.position) positions.set(c.id, c.position);
        else if (c.type === 'dimensions' && c.dimensions) sizes.set(c.id, c.dimensions);
        // 'remove' is handled once, with the edges, in onDelete.
      }
      if (sizes.size > 0) onMeasured(sizes);
      if (positions.size > 0) change((g) => moveNodes(g, positions), `move:${[...positions.keys()].join()}`);
      if (selecting.length > 0) select((prev) => ({ nodes: toggled(prev.nodes, selecting), edges: prev.edges }));
    },
    [change, select, onMeasured],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkFlowEdge>[]) => {
      const selecting = changes.filter((c) => c.type === 'select');
      if (selecting.length > 0) select((prev) => ({ nodes: prev.nodes, edges: toggled(prev.edges, selecting) }));
    },
    [select],
  );

  const isValidConnection: IsValidConnection<LinkFlowEdge> = useCallback(
    (c: LinkFlowEdge | Connection) =>
      checkConnection(graph.current, connectionEdge(c as Connection, reconnecting.current ?? '')) === null,
    [],
  );

  const onConnect = useCallback(
    (c: Connection) => change((g) => connect(g, connectionEdge(c)).graph),
    [change],
  );

  const explainRefusal = useCallback(
    (state: FinalConnectionState, id = '') => {
      if (state.isValid !== false) return;
      const edge = attemptedEdge(state, id);
      const problem = edge && checkConnection(graph.current, edge);
      if (problem) onRefused(problem);
    },
    [onRefused],
  );

  const onConnectEnd = useCallback(
    (_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (reconnecting.current === null) explainRefusal(state);
    },
    [explainRefusal],
  );

  const onReconnectStart = useCallback((_: unknown, edge: Edge) => {
    reconnecting.current = edge.id;
  }, []);

  const onReconnect = useCallback(
    (old: Edge, c: Connection) => {
      const ends = connectionEdge(c, old.id);
      change((g) => reconnect(g, old.id, ends));
    },
    [change],
  );

  const onReconnectEnd = useCallback(
    (_: unknown, edge: Edge, __: unknown, state: FinalConnectionState) => {
      explainRefusal(state, edge.id);
      reconnecting.current = null;
    },
    [explainRefusal],
  );

  const onDelete: OnDelete<StepFlowNode, LinkFlowEdge> = useCallback(
    ({ nodes, edges }) =>
      change((g) =>
        removeElements(
          g,
          nodes.map((n) => n.id),
          edges.map((e) => e.id),
        ),
      ),
    [change],
  );

  const handlers = useMemo(
    () => ({
      onNodesChange,
      onEdgesChange,
      isValidConnection,
      onConnect,
      onConnectEnd,
      onReconnectStart,
      onReconnect,
      onReconnectEnd,
      onDelete,
    }),
    [onNodesChange, onEdgesChange, isValidConnection, onConnect, onConnectEnd, onReconnectStart, onReconnect, onReconnectEnd, onDelete],
  );
  return { handlers, reconnecting };
}

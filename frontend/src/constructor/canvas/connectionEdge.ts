import type { Connection, FinalConnectionState } from '@xyflow/react';
import type { GraphEdge } from '../model/graph';

/**
 * connectionEdge turns a React Flow connection into the document's edge. The
 * handle ids are the document's output names ("true", "false", or none), so
 * nothing is parsed out of them.
 */
export function connectionEdge(c: Connection, id = ''): GraphEdge {
  const edge: GraphEdge = { id, source: c.source, target: c.target };
  if (c.sourceHandle) edge.source_handle = c.sourceHandle;
  return edge;
}

/**
 * attemptedEdge is the edge the user tried to draw when a connection ended on
 * a handle React Flow refused, or null when it ended anywhere else (or on a
 * handle of the same kind, which is not a rule of ours).
 */
export function attemptedEdge(state: FinalConnectionState, id = ''): GraphEdge | null {
  const { fromHandle, toHandle } = state;
  if (!fromHandle || !toHandle || fromHandle.type === toHandle.type) return null;
  const [source, target] = fromHandle.type === 'source' ? [fromHandle, toHandle] : [toHandle, fromHandle];
  return connectionEdge({ source: source.nodeId, sourceHandle: source.id ?? null, target: target.nodeId, targetHandle: null }, id);
}

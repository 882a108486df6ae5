import { Panel, useConnection } from '@xyflow/react';
import { useT } from '../../i18n/useT';
import { describeRefusal } from '../problems/describe';
import { checkConnection } from '../rules/connection';
import type { Graph } from '../model/graph';
import { attemptedEdge } from './connectionEdge';

/**
 * ConnectionHint follows a connection being drawn: how to finish it, or,
 * over a step it may not join, why not — the same reason the server gives.
 */
export function ConnectionHint({ graph, reconnecting }: { graph: Graph; reconnecting: { current: string | null } }) {
  const t = useT();
  const connection = useConnection();
  if (!connection.inProgress) return null;
  const edge = connection.isValid === false ? attemptedEdge({ ...connection, toPosition: null }, reconnecting.current ?? '') : null;
  const problem = edge && checkConnection(graph, edge);
  return (
    <Panel position="bottom-center" className={problem ? 'connect-hint connect-hint-refused' : 'connect-hint'}>
      <span role="status">{problem ? describeRefusal(problem, t) : t('bot.connectHint')}</span>
    </Panel>
  );
}

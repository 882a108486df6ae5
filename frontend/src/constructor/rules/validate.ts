import { GRAPH_VERSION, isNodeType, type Graph } from '../model/graph';
import { LIMITS } from '../model/limits';
import { checkNode, type NodeInfo, type UserExists } from './nodecheck';
import { problem, type Problem } from './problem';
import { runeLength } from './text';
import { checkFlow, GraphIndex, Wiring } from './wiring';

/**
 * validate returns every problem that keeps g from being saved, in the
 * server's order (server/bot/validate.go): the whole graph; each step in
 * document order; a missing start; each connection in document order; then
 * the flow. A graph over a size limit gets only its too_large problems.
 * `users` says whether a recipient exists; null skips that check.
 */
export function validate(g: Graph, users: UserExists): Problem[] {
  const out: Problem[] = [];
  if (g.version !== GRAPH_VERSION) {
    out.push(problem('unsupported_version', `Bot version ${g.version} is not supported; the version is ${GRAPH_VERSION}.`));
  }
  const tooManyNodes = g.nodes.length > LIMITS.max_nodes;
  const tooManyEdges = g.edges.length > LIMITS.max_edges;
  if (tooManyNodes) {
    out.push(problem('too_large', `The bot has ${g.nodes.length} steps; the limit is ${LIMITS.max_nodes}.`));
  }
  if (tooManyEdges) {
    out.push(problem('too_large', `The bot has ${g.edges.length} connections; the limit is ${LIMITS.max_edges}.`));
  }
  if (tooManyNodes || tooManyEdges) return out;

  const ix = new GraphIndex(g);
  const info: NodeInfo[] = g.nodes.map(() => ({}));
  let seenStart = false;
  g.nodes.forEach((n, i) => {
    const idProblem = checkId(n.id, i, 'Step', ix.byId.get(n.id) !== i);
    if (idProblem) out.push(problem(idProblem[0], idProblem[1], { node_id: n.id }));
    if (!isNodeType(n.type)) {
      out.push(problem('unknown_type', `Unknown step type "${n.type}".`, { node_id: n.id }));
      return;
    }
    const [problems, nodeInfo] = checkNode({ ...n, type: n.type }, users);
    out.push(...problems);
    info[i] = nodeInfo;
    if (n.type === 'start') {
      if (seenStart) {
        out.push(problem('multiple_starts', 'A bot has exactly one start step; remove this one.', { node_id: n.id }));
      }
      seenStart = true;
    }
  });
  if (!seenStart) out.push(problem('no_start', 'The bot has no start step.'));

  const seenEdge = new Set<string>();
  const w = new Wiring(g.nodes.length);
  g.edges.forEach((e, i) => {
    const idProblem = checkId(e.id, i, 'Connection', seenEdge.has(e.id));
    if (idProblem) out.push(problem(idProblem[0], idProblem[1], { edge_id: e.id }));
    seenEdge.add(e.id);
    const problems = ix.checkEdge(e, w);
    out.push(...problems);
    if (problems.length === 0) w.add(ix, e);
  });

  out.push(...checkFlow(ix, info, w));
  return out;
}

/** checkId returns the problem of one id, if any: empty, too long, or a repeat. */
function checkId(
  id: string,
  at: number,
  what: string,
  duplicate: boolean,
): ['missing_id' | 'id_too_long' | 'duplicate_id', string] | null {
  if (id === '') return ['missing_id', `${what} #${at + 1} has no id.`];
  if (runeLength(id) > LIMITS.max_id_length) {
    return ['id_too_long', `${what} #${at + 1} has an id longer than ${LIMITS.max_id_length} characters.`];
  }
  if (duplicate) return ['duplicate_id', `${what} #${at + 1} has the id "${id}", which an earlier one already has.`];
  return null;
}

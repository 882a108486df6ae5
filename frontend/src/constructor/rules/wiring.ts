import { handleOf, isNodeType, waits, type Graph, type GraphEdge } from '../model/graph';
import type { NodeInfo } from './nodecheck';
import { problem, type Problem } from './problem';

/**
 * GraphIndex finds steps by id. The first step with an id owns it; later
 * steps with the same id (a duplicate_id problem) cannot be wired to.
 * A port of server/bot/wiring.go.
 */
export class GraphIndex {
  readonly graph: Graph;
  readonly byId = new Map<string, number>();
  /** start is the first start step owning its id, or -1. */
  readonly start: number = -1;

  constructor(graph: Graph) {
    this.graph = graph;
    graph.nodes.forEach((n, i) => {
      if (n.id === '' || this.byId.has(n.id)) return;
      this.byId.set(n.id, i);
      if (n.type === 'start' && this.start < 0) (this as { start: number }).start = i;
    });
  }

  /** owns reports whether step i is the one its id refers to. */
  owns(i: number): boolean {
    return this.byId.get(this.graph.nodes[i].id) === i;
  }

  /**
   * checkEdge returns the wiring problems of e in the server's order (unknown
   * source, unknown target, an exit from a stop or an output the source does
   * not have, an edge into the start, an output already taken) and marks the
   * output as taken in w.
   */
  checkEdge(e: GraphEdge, w: Wiring): Problem[] {
    const out: Problem[] = [];
    const from = this.byId.get(e.source);
    const to = this.byId.get(e.target);
    const handle = handleOf(e);
    const add = (code: Problem['code'], message: string, nodeId?: string) =>
      out.push(problem(code, message, { node_id: nodeId, edge_id: e.id }));

    if (from === undefined) add('unknown_node', `The connection starts at step "${e.source}", which does not exist.`);
    if (to === undefined) add('unknown_node', `The connection ends at step "${e.target}", which does not exist.`);
    let handleOK = false;
    if (from !== undefined) {
      const src = this.graph.nodes[from];
      if (src.type === 'stop') {
        add('exit_not_allowed', 'A stop step ends the bot; it cannot lead anywhere.', src.id);
      } else if (!validHandle(src.type, handle) && src.type === 'condition') {
        add('invalid_handle', `A condition's outputs are "true" and "false", not "${handle}".`, src.id);
      } else if (!validHandle(src.type, handle)) {
        add('invalid_handle', `This step has a single output; it has no output named "${handle}".`, src.id);
      } else {
        handleOK = true;
      }
    }
    if (to !== undefined && this.graph.nodes[to].type === 'start') {
      add('edge_into_start', 'Nothing can lead into the start step.', this.graph.nodes[to].id);
    }
    if (handleOK && from !== undefined) {
      if (w.taken(from, handle)) {
        const output = handle === '' ? "This step's output" : `The "${handle}" output`;
        add('duplicate_exit', `${output} is already connected; an output leads to one step only.`, e.source);
      }
      w.take(from, handle);
    }
    return out;
  }

  /** instantPath reports whether `to` can be reached from `from` through steps that do not wait (both ends included). */
  instantPath(w: Wiring, from: number, to: number): boolean {
    const instant = (i: number) => !waits(this.graph.nodes[i].type);
    if (!instant(from) || !instant(to)) return false;
    return walk(w, this.graph.nodes.length, from, instant)[to];
  }

  /** onInstantLoop reports whether step i lies on a cycle of steps none of which waits. */
  onInstantLoop(w: Wiring, i: number): boolean {
    return w.exits[i].some((x) => this.instantPath(w, x.to, i));
  }
}

/** validHandle reports whether a step of type t may have an output named handle. */
export function validHandle(t: string, handle: string): boolean {
  if (t === 'condition') return handle === 'true' || handle === 'false';
  if (isNodeType(t)) return handle === '';
  return true; // unknown types are reported elsewhere
}

/** Exit is one wired output of a step. */
export interface Exit {
  handle: string;
  to: number;
}

/**
 * Wiring holds the edges the engine would follow: for each output, the first
 * edge leaving it, provided the edge has no problem.
 */
export class Wiring {
  readonly exits: Exit[][];
  private readonly used = new Set<string>();

  constructor(nodes: number) {
    this.exits = Array.from({ length: nodes }, () => []);
  }

  taken(from: number, handle: string): boolean {
    return this.used.has(`${from}\u0000${handle}`);
  }

  take(from: number, handle: string): void {
    this.used.add(`${from}\u0000${handle}`);
  }

  add(ix: GraphIndex, e: GraphEdge): void {
    this.exits[ix.byId.get(e.source)!].push({ handle: handleOf(e), to: ix.byId.get(e.target)! });
  }

  has(i: number, handle: string): boolean {
    return this.exits[i].some((x) => x.handle === handle);
  }
}

/** walk returns the steps reachable from `from` over wired edges, expanding only those for which expand is true. */
export function walk(w: Wiring, count: number, from: number, expand: (i: number) => boolean): boolean[] {
  const seen = new Array<boolean>(count).fill(false);
  seen[from] = true;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head];
    if (!expand(i)) continue;
    for (const x of w.exits[i]) {
      if (!seen[x.to]) {
        seen[x.to] = true;
        queue.push(x.to);
      }
    }
  }
  return seen;
}

/**
 * checkFlow returns the problems of the flow as a whole, each group in
 * document order: the start's exit and the conditions' outputs, unreachable
 * steps, loops without a waiting step, conditions on an unset score.
 */
export function checkFlow(ix: GraphIndex, info: NodeInfo[], w: Wiring): Problem[] {
  const out: Problem[] = [];
  const nodes = ix.graph.nodes;
  const count = nodes.length;
  if (ix.start >= 0 && w.exits[ix.start].length === 0) {
    out.push(problem('no_exit', 'The start step must lead to another step.', { node_id: nodes[ix.start].id }));
  }
  nodes.forEach((n, i) => {
    if (n.type !== 'condition' || !ix.owns(i)) return;
    for (const h of ['true', 'false']) {
      if (!w.has(i, h)) {
        out.push(problem('no_exit', `The condition's "${h}" output is not connected.`, { node_id: n.id }));
      }
    }
  });

  if (ix.start >= 0) {
    const reached = walk(w, count, ix.start, () => true);
    nodes.forEach((n, i) => {
      if (!reached[i] && n.type !== 'start' && ix.owns(i)) {
        out.push(problem('unreachable', 'No path leads from the start to this step.', { node_id: n.id }));
      }
    });
  }

  nodes.forEach((n, i) => {
    if (ix.owns(i) && ix.onInstantLoop(w, i)) {
      out.push(
        problem(
          'loop_without_wait',
          'This step is on a loop with no waiting step (NPS question, question or pause); the bot would run forever.',
          { node_id: n.id },
        ),
      );
    }
  });

  if (ix.start >= 0) {
    // Walk from the start without going past an NPS question: a condition on
    // score met on the way can run before any score exists.
    const beforeScore = walk(w, count, ix.start, (i) => nodes[i].type !== 'nps_question');
    nodes.forEach((n, i) => {
      if (beforeScore[i] && n.type === 'condition' && info[i]?.conditionVariable === 'score') {
        out.push(
          problem(
            'score_unset',
            'This condition checks the score, but the bot can reach it before asking the NPS question.',
            { node_id: n.id },
          ),
        );
      }
    });
  }
  return out;
}

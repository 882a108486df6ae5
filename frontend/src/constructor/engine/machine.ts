import { handleOf, isNodeType, type Graph, type GraphNode } from '../model/graph';
import { LIMITS, MAX_REASKS, MAX_STEPS } from '../model/limits';
import type { Button, ConditionData } from '../model/nodeData';
import { decodeData } from '../rules/decode';
import { trimSpace } from '../rules/text';
import { render } from './render';
import { DEFAULT_ANSWER_TIMEOUT, type Action, type EngineError, type Env, type Run, type Step, type WaitKind } from './run';

/** EngineFailure carries an EngineError out of the step loop. */
export class EngineFailure extends Error {
  readonly code: EngineError;
  constructor(code: EngineError, message: string) {
    super(message);
    this.code = code;
  }
}

const invalid = (message: string) => new EngineFailure('invalid_graph', message);

/**
 * Machine executes steps for one engine call and collects their actions
 * (a port of server/bot/machine.go). Steps and exits are found by scanning
 * the graph, first match wins, as on the server.
 */
export class Machine {
  readonly actions: Action[] = [];
  run: Run;
  private readonly graph: Graph;
  private readonly env: Env;
  private readonly now: number;

  constructor(graph: Graph, env: Env, now: number, run: Run) {
    this.graph = graph;
    this.env = env;
    this.now = now;
    this.run = run;
  }

  emit(a: Action): void {
    this.actions.push(a);
  }

  node(id: string): GraphNode {
    const n = this.graph.nodes.find((node) => node.id === id);
    if (!n) throw invalid(`node "${id}" does not exist`);
    return n;
  }

  exit(id: string, handle: string): string {
    return this.graph.edges.find((e) => e.source === id && handleOf(e) === handle)?.target ?? '';
  }

  decode<K extends Parameters<typeof decodeData>[0]>(n: GraphNode, type: K) {
    const d = decodeData(type, n.data);
    if (!d.ok) throw invalid(`node "${n.id}": ${d.message}`);
    return d.value;
  }

  lookup = (name: string): string | undefined => {
    const own = this.run.vars;
    if (own && Object.hasOwn(own, name)) return own[name];
    return Object.hasOwn(this.env.vars, name) ? this.env.vars[name] : undefined;
  };

  render(text: string): string {
    return render(text, this.lookup);
  }

  withVar(name: string, value: string): void {
    this.run = { ...this.run, vars: { ...this.run.vars, [name]: value } };
  }

  /** continueFrom leaves step id by its single exit, or ends the run there. */
  continueFrom(id: string): void {
    this.run = { ...this.run, status: 'running', wait_kind: undefined, wait_until: undefined, reasks: 0 };
    const next = this.exit(id, '');
    if (next === '') this.finish();
    else this.runFrom(next);
  }

  /** runFrom executes steps from id until the run waits or ends. */
  runFrom(id: string): void {
    for (let i = 0; i < MAX_STEPS; i++) {
      const n = this.node(id);
      this.run = { ...this.run, node_id: n.id };
      const { next, halted } = this.step(n);
      if (halted) return;
      if (next === '') {
        this.finish();
        return;
      }
      id = next;
    }
    throw new EngineFailure('step_limit', 'step limit reached: the graph loops without waiting');
  }

  private step(n: GraphNode): { next: string; halted: boolean } {
    if (!isNodeType(n.type)) throw invalid(`node "${n.id}" has unknown type "${n.type}"`);
    switch (n.type) {
      case 'start':
        return { next: this.exit(n.id, ''), halted: false };
      case 'message': {
        const d = this.decode(n, 'message');
        this.emit({ kind: 'send_message', node_id: n.id, text: this.render(d.text), buttons: d.buttons.length ? d.buttons : undefined });
        return { next: this.exit(n.id, ''), halted: false };
      }
      case 'nps_question': {
        const d = this.decode(n, 'nps_question');
        this.emit({ kind: 'send_message', node_id: n.id, text: this.render(d.text), buttons: scaleButtons(d.scale_min) });
        this.wait('answer', this.now + (this.env.answerTimeout ?? DEFAULT_ANSWER_TIMEOUT));
        return { next: '', halted: true };
      }
      case 'question': {
        const d = this.decode(n, 'question');
        this.emit({ kind: 'send_message', node_id: n.id, text: this.render(d.text) });
        this.wait('answer', this.now + (this.env.answerTimeout ?? DEFAULT_ANSWER_TIMEOUT));
        return { next: '', halted: true };
      }
      case 'condition': {
        const d = this.decode(n, 'condition');
        return { next: this.exit(n.id, this.holds(d) ? 'true' : 'false'), halted: false };
      }
      case 'internal_message': {
        const d = this.decode(n, 'internal_message');
        this.emit({ kind: 'notify', node_id: n.id, user_ids: [...new Set(d.user_ids)], text: this.render(d.text) });
        return { next: this.exit(n.id, ''), halted: false };
      }
      case 'pause': {
        const d = this.decode(n, 'pause');
        if (d.minutes < LIMITS.min_pause_minutes || d.minutes > LIMITS.max_pause_minutes) {
          throw invalid(`node "${n.id}" pauses ${d.minutes} minutes`);
        }
        this.wait('timer', this.now + d.minutes * 60_000);
        return { next: '', halted: true };
      }
      case 'stop':
        this.finish();
        return { next: '', halted: true };
    }
  }

  /** holds evaluates a condition; an unset or non-numeric variable makes it false. */
  private holds(d: ConditionData): boolean {
    const v = this.lookup(d.variable);
    if (v === undefined) return false;
    const x = parseGoFloat(trimSpace(v));
    return x !== null && compare(x, d.operator, d.value ?? 0);
  }

  wait(kind: WaitKind, until: number): void {
    this.run = { ...this.run, status: 'waiting', wait_kind: kind, wait_until: until, reasks: 0 };
    this.emit({ kind: 'wait', node_id: this.run.node_id, wait_kind: kind, until });
  }

  finish(): void {
    this.run = { ...this.run, status: 'done', wait_kind: undefined, wait_until: undefined, reasks: 0 };
    this.emit({ kind: 'done', node_id: this.run.node_id });
  }

  /** reask answers an unusable reply: a re-ask at most MAX_REASKS times, silence after. */
  reask(n: GraphNode, text: string, buttons?: Button[]): Step {
    this.run = { ...this.run, reasks: (this.run.reasks ?? 0) + 1 };
    if (this.run.reasks! > MAX_REASKS) return { run: this.run, actions: [] };
    return { run: this.run, actions: [{ kind: 'reask', node_id: n.id, text, buttons }] };
  }

  /** fail ends the run after an error, keeping only the first `keep` actions (a recorded answer). */
  fail(keep: number, error: EngineError): Step {
    const actions: Action[] = [...this.actions.slice(0, keep), { kind: 'done', node_id: this.run.node_id }];
    this.run = { ...this.run, status: 'done', wait_kind: undefined, wait_until: undefined, reasks: 0 };
    return { run: this.run, actions, error };
  }
}

/** scaleButtons returns one button per score from scaleMin to the top of the scale. */
export function scaleButtons(scaleMin: number): Button[] {
  const buttons: Button[] = [];
  for (let s = scaleMin; s <= LIMITS.scale_max; s++) buttons.push({ label: String(s), value: String(s) });
  return buttons;
}

function compare(a: number, op: string, b: number): boolean {
  switch (op) {
    case 'lte':
      return a <= b;
    case 'lt':
      return a < b;
    case 'eq':
      return a === b;
    case 'gte':
      return a >= b;
    case 'gt':
      return a > b;
  }
  return false;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL = /^[+-]?(inf|infinity|nan)$/i;

/** parseGoFloat reads a number as Go's strconv.ParseFloat does for decimal text. */
function parseGoFloat(s: string): number | null {
  if (DECIMAL.test(s)) return Number(s);
  if (SPECIAL.test(s)) return s.toLowerCase().includes('nan') ? NaN : s.startsWith('-') ? -Infinity : Infinity;
  return null;
}

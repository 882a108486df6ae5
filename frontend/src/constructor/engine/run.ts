import type { Button } from '../model/nodeData';

/** RunStatus is where a run stands. An engine call never returns "running". */
export type RunStatus = 'running' | 'waiting' | 'done' | 'expired';

/** WaitKind is what a waiting run waits for: the customer's answer or the end of a pause. */
export type WaitKind = 'answer' | 'timer';

/**
 * Run is the state of one execution of a graph, the TypeScript twin of the
 * server's bot.Run. Times are milliseconds since the epoch.
 */
export interface Run {
  node_id: string;
  status: RunStatus;
  vars?: Readonly<Record<string, string>>;
  wait_kind?: WaitKind;
  wait_until?: number;
  reasks?: number;
}

/** Env is what the engine needs of the world outside the graph. */
export interface Env {
  /** lang picks the language of the engine's own re-asks: "ru…" or English. */
  lang: string;
  /** vars are facts for templates such as "contact.name"; a run's own variables win. */
  vars: Readonly<Record<string, string>>;
  /** answerTimeout is how long a question waits, in ms (default 24 h). */
  answerTimeout?: number;
}

/** ActionKind says what an Action asks the caller to do. */
export type ActionKind =
  | 'send_message'
  | 'notify'
  | 'record_rating'
  | 'record_answer'
  | 'wait'
  | 'done'
  | 'reask'
  | 'expired';

/** Action is one effect of an engine call; `kind` says which other fields matter. */
export interface Action {
  kind: ActionKind;
  node_id: string;
  text?: string;
  buttons?: Button[];
  user_ids?: number[];
  score?: number;
  scale_min?: number;
  variable?: string;
  wait_kind?: WaitKind;
  until?: number;
}

/** EngineError names why a call failed; the run then ends (or never starts). */
export type EngineError = 'no_start' | 'not_waiting' | 'step_limit' | 'invalid_graph';

/** Step is an engine call's outcome: the next state, the actions in order, and an error to show. */
export interface Step {
  run: Run;
  actions: Action[];
  error?: EngineError;
}

/** DEFAULT_ANSWER_TIMEOUT is how long a question waits when Env does not say: 24 h. */
export const DEFAULT_ANSWER_TIMEOUT = 24 * 60 * 60 * 1000;

/** isDue reports whether tick has work for run at now. */
export function isDue(run: Run, now: number): boolean {
  return run.status === 'waiting' && run.wait_until !== undefined && now >= run.wait_until;
}

import type { Graph } from '../model/graph';
import { LIMITS } from '../model/limits';
import { trimSpace } from '../rules/text';
import { EngineFailure, Machine, scaleButtons } from './machine';
import { parseScore } from './parseScore';
import { isDue, type Env, type Run, type Step } from './run';

/**
 * The engine that runs a bot graph, ported from server/bot/engine.go so the
 * constructor's preview behaves exactly like a real survey. Each call takes
 * the run's state and returns the next state and the actions, in order;
 * nothing here sends, stores or notifies.
 */

function failure(m: Machine, keep: number, err: unknown): Step {
  if (err instanceof EngineFailure) return m.fail(keep, err.code);
  throw err;
}

/** start begins a run of g at its first start step. */
export function start(g: Graph, env: Env, now: number): Step {
  const first = g.nodes.find((n) => n.type === 'start');
  if (!first) return { run: { node_id: '', status: 'done' }, actions: [], error: 'no_start' };
  const m = new Machine(g, env, now, { node_id: first.id, status: 'running' });
  try {
    m.runFrom(first.id);
  } catch (err) {
    if (err instanceof EngineFailure) return { run: { node_id: '', status: 'done' }, actions: [], error: err.code };
    throw err;
  }
  return { run: m.run, actions: m.actions };
}

/**
 * answer handles the customer's reply while the run waits at an nps_question
 * (a score on its scale, or a polite re-ask) or a question (any non-blank
 * text). A reply at or after the deadline expires the run instead.
 */
export function answer(g: Graph, run: Run, env: Env, text: string, now: number): Step {
  if (run.status !== 'waiting' || run.wait_kind !== 'answer') {
    return { run, actions: [], error: 'not_waiting' };
  }
  if (isDue(run, now)) return expire(run);
  const m = new Machine(g, env, now, run);
  let nodeId: string;
  try {
    const n = m.node(run.node_id);
    nodeId = n.id;
    if (n.type === 'nps_question') {
      const d = m.decode(n, 'nps_question');
      const score = parseScore(text, d.scale_min, LIMITS.scale_max);
      if (score === null) {
        return m.reask(n, reaskScoreText(env.lang, d.scale_min, LIMITS.scale_max), scaleButtons(d.scale_min));
      }
      m.withVar('score', String(score));
      m.emit({ kind: 'record_rating', node_id: n.id, score, scale_min: d.scale_min });
    } else if (n.type === 'question') {
      const d = m.decode(n, 'question');
      const reply = [...trimSpace(text)].slice(0, LIMITS.max_text_length).join('');
      if (reply === '') return m.reask(n, reaskTextText(env.lang));
      m.withVar(d.variable, reply);
      m.emit({ kind: 'record_answer', node_id: n.id, variable: d.variable, text: reply });
    } else {
      return m.fail(0, 'invalid_graph');
    }
  } catch (err) {
    return failure(m, 0, err);
  }
  try {
    m.continueFrom(nodeId);
  } catch (err) {
    return failure(m, 1, err);
  }
  return { run: m.run, actions: m.actions };
}

/**
 * tick handles time: when the run is due, an ended pause continues and an
 * unanswered question expires. Otherwise nothing happens.
 */
export function tick(g: Graph, run: Run, env: Env, now: number): Step {
  if (!isDue(run, now)) return { run, actions: [] };
  if (run.wait_kind === 'answer') return expire(run);
  const m = new Machine(g, env, now, run);
  try {
    m.node(run.node_id);
    m.continueFrom(run.node_id);
  } catch (err) {
    return failure(m, 0, err);
  }
  return { run: m.run, actions: m.actions };
}

function expire(run: Run): Step {
  return {
    run: { ...run, status: 'expired', wait_kind: undefined, wait_until: undefined },
    actions: [{ kind: 'expired', node_id: run.node_id }],
  };
}

function isRussian(lang: string): boolean {
  return /^ru([-_]|$)/i.test(lang);
}

function reaskScoreText(lang: string, min: number, max: number): string {
  return isRussian(lang)
    ? `Пожалуйста, ответьте числом от ${min} до ${max}.`
    : `Please reply with a number from ${min} to ${max}.`;
}

function reaskTextText(lang: string): string {
  return isRussian(lang) ? 'Пожалуйста, напишите ваш ответ.' : 'Please type your answer.';
}

import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../model/graph';
import { readJSON } from '../rules/fixtures';
import { answer, start, tick } from './engine';
import { scaleButtons } from './machine';
import type { Action, Env, Run } from './run';

// Cases ported from server/bot/engine_test.go.

const t0 = Date.UTC(2025, 2, 1, 10);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const env: Env = { lang: 'en', vars: { 'contact.name': 'Anna', 'conversation.id': '42' } };

const defaultGraph = (adminId = 1): Graph => {
  const g = readJSON<{ graph: Graph }>('graphs', 'valid_default.json').graph;
  return {
    ...g,
    nodes: g.nodes.map((n) =>
      n.type === 'internal_message' ? { ...n, data: { ...(n.data as object), user_ids: [adminId] } } : n,
    ),
  };
};
const QUESTION = 'How likely are you to recommend us to a friend or colleague? Please rate us from 0 to 10.';

/** build assembles a graph: nodes as [id, type, data], then edges as [source, handle, target]. */
function build(nodes: [string, string, unknown?][], edges: [string, string, string][]): Graph {
  return {
    version: 1,
    nodes: nodes.map(([id, type, data]): GraphNode => ({ id, type, position: { x: 0, y: 0 }, data })),
    edges: edges.map(([source, handle, target], i): GraphEdge => ({
      id: `e${i}`,
      source,
      target,
      ...(handle ? { source_handle: handle } : {}),
    })),
  };
}
const chain = (...ids: string[]): [string, string, string][] =>
  ids.slice(1).map((id, i) => [ids[i], '', id]);
const kinds = (actions: Action[]) => actions.map((a) => a.kind).join(',');

function mustStart(g: Graph, e = env): Run {
  const step = start(g, e, t0);
  expect(step.error).toBeUndefined();
  return step.run;
}
function mustAnswer(g: Graph, run: Run, text: string, e = env) {
  const step = answer(g, run, e, text, t0 + MINUTE);
  expect(step.error).toBeUndefined();
  return step;
}

describe('engine: the default NPS bot', () => {
  it('sends the survey with 11 buttons and waits 24 h', () => {
    const { run, actions } = start(defaultGraph(), env, t0);
    expect(actions).toEqual([
      { kind: 'send_message', node_id: 'nps_question', text: QUESTION, buttons: scaleButtons(0) },
      { kind: 'wait', node_id: 'nps_question', wait_kind: 'answer', until: t0 + DAY },
    ]);
    expect(run).toMatchObject({ node_id: 'nps_question', status: 'waiting', wait_kind: 'answer', wait_until: t0 + DAY });
    expect(actions[0].buttons).toHaveLength(11);
  });

  it('alerts the team on a critical score', () => {
    const g = defaultGraph(7);
    const { run, actions } = mustAnswer(g, mustStart(g), '3');
    expect(actions).toEqual([
      { kind: 'record_rating', node_id: 'nps_question', score: 3, scale_min: 0 },
      { kind: 'notify', node_id: 'critical_alert', user_ids: [7], text: 'Critical NPS score 3 from Anna in conversation #42' },
      { kind: 'done', node_id: 'critical_alert' },
    ]);
    expect(run).toMatchObject({ node_id: 'critical_alert', status: 'done', vars: { score: '3' } });
  });

  it('thanks for a high score', () => {
    const g = defaultGraph();
    const { run, actions } = mustAnswer(g, mustStart(g), '10');
    expect(actions).toEqual([
      { kind: 'record_rating', node_id: 'nps_question', score: 10, scale_min: 0 },
      { kind: 'send_message', node_id: 'thanks', text: 'Thank you for your rating!' },
      { kind: 'done', node_id: 'thanks' },
    ]);
    expect(run.status).toBe('done');
  });

  it('takes the critical branch up to 6', () => {
    const g = defaultGraph();
    const waiting = mustStart(g);
    for (let score = 0; score <= 10; score++) {
      const { actions } = mustAnswer(g, waiting, String(score));
      expect(actions[1].kind === 'notify').toBe(score <= 6);
    }
  });

  it('re-asks in Russian', () => {
    const g = defaultGraph();
    const ru: Env = { lang: 'ru', vars: {} };
    const { actions } = mustAnswer(g, mustStart(g, ru), 'хорошо', ru);
    expect(actions).toHaveLength(1);
    expect(actions[0].text).toBe('Пожалуйста, ответьте числом от 0 до 10.');
  });

  it('re-asks twice, then keeps quiet, and still takes a valid score', () => {
    const g = defaultGraph();
    const waiting = mustStart(g);
    let run = waiting;
    ['great!', '7.5', 'eleven', '11', '8/9'].forEach((text, i) => {
      const step = mustAnswer(g, run, text);
      run = step.run;
      expect(run).toMatchObject({ status: 'waiting', node_id: 'nps_question', wait_until: waiting.wait_until, reasks: i + 1 });
      if (i < 2) {
        expect(step.actions).toEqual([
          { kind: 'reask', node_id: 'nps_question', text: 'Please reply with a number from 0 to 10.', buttons: scaleButtons(0) },
        ]);
      } else {
        expect(step.actions).toEqual([]);
      }
    });
    expect(waiting.reasks ?? 0).toBe(0);
    const done = mustAnswer(g, run, ' 9 / 10 ');
    expect(kinds(done.actions)).toBe('record_rating,send_message,done');
    expect(done.actions[0].score).toBe(9);
    expect(done.run.reasks).toBe(0);
  });

  it('expires an unanswered survey', () => {
    const g = defaultGraph();
    const e = { ...env, answerTimeout: 60 * MINUTE };
    const run = mustStart(g, e);
    expect(tick(g, run, e, t0 + 59 * MINUTE)).toEqual({ run, actions: [] });
    const expired = tick(g, run, e, t0 + 60 * MINUTE);
    expect(expired.actions).toEqual([{ kind: 'expired', node_id: 'nps_question' }]);
    expect(expired.run.status).toBe('expired');
    const late = answer(g, run, e, '9', t0 + 120 * MINUTE);
    expect(late.actions).toEqual([{ kind: 'expired', node_id: 'nps_question' }]);
    expect(answer(g, expired.run, e, '9', t0 + 120 * MINUTE).error).toBe('not_waiting');
  });
});

describe('engine: steps', () => {
  it.each([
    ['lte', 5, 'true'], ['lte', 6, 'true'], ['lte', 7, 'false'],
    ['lt', 5, 'true'], ['lt', 6, 'false'], ['lt', 7, 'false'],
    ['eq', 5, 'false'], ['eq', 6, 'true'], ['eq', 7, 'false'],
    ['gte', 5, 'false'], ['gte', 6, 'true'], ['gte', 7, 'true'],
    ['gt', 5, 'false'], ['gt', 6, 'false'], ['gt', 7, 'true'],
    ['unknown', 6, 'false'],
  ] as const)('condition %s: %d against 6 takes %s', (op, score, want) => {
    const g = build(
      [
        ['start', 'start'],
        ['nps', 'nps_question', { text: 'Rate us', scale_min: 0 }],
        ['c', 'condition', { variable: 'score', operator: op, value: 6 }],
        ['yes', 'message', { text: 'true' }],
        ['no', 'message', { text: 'false' }],
      ],
      [...chain('start', 'nps', 'c'), ['c', 'true', 'yes'], ['c', 'false', 'no']],
    );
    expect(mustAnswer(g, mustStart(g), String(score)).actions[1].text).toBe(want);
  });

  it.each<Record<string, string>>([{}, { visits: 'many' }, { visits: '' }])('a condition on an unset or text variable is false (%j)', (vars) => {
    const g = build(
      [
        ['start', 'start'],
        ['c', 'condition', { variable: 'visits', operator: 'lt', value: 100 }],
        ['yes', 'message', { text: 'yes' }],
        ['no', 'message', { text: 'no' }],
      ],
      [...chain('start', 'c'), ['c', 'true', 'yes'], ['c', 'false', 'no']],
    );
    expect(start(g, { lang: 'en', vars }, t0).actions[0].text).toBe('no');
  });

  it('asks on a 1–10 scale', () => {
    const g = build([['start', 'start'], ['nps', 'nps_question', { text: 'Rate us from 1 to 10', scale_min: 1 }]], chain('start', 'nps'));
    const first = start(g, env, t0);
    expect(first.actions[0].buttons?.map((b) => b.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const zero = mustAnswer(g, first.run, '0');
    expect(zero.actions).toEqual([
      { kind: 'reask', node_id: 'nps', text: 'Please reply with a number from 1 to 10.', buttons: scaleButtons(1) },
    ]);
    const one = mustAnswer(g, first.run, '1');
    expect(one.actions).toEqual([{ kind: 'record_rating', node_id: 'nps', score: 1, scale_min: 1 }, { kind: 'done', node_id: 'nps' }]);
  });

  it('pauses, refuses answers meanwhile, and continues when the time comes', () => {
    const g = build(
      [['start', 'start'], ['p', 'pause', { minutes: 30 }], ['later', 'message', { text: 'Still there, {{contact.name}}?' }]],
      chain('start', 'p', 'later'),
    );
    const { run, actions } = start(g, env, t0);
    const until = t0 + 30 * MINUTE;
    expect(actions).toEqual([{ kind: 'wait', node_id: 'p', wait_kind: 'timer', until }]);
    expect(answer(g, run, env, '9', t0 + MINUTE).error).toBe('not_waiting');
    expect(tick(g, run, env, until - 1000).actions).toEqual([]);
    const later = tick(g, run, env, until);
    expect(later.actions).toEqual([
      { kind: 'send_message', node_id: 'later', text: 'Still there, Anna?' },
      { kind: 'done', node_id: 'later' },
    ]);
    expect(later.run).toMatchObject({ status: 'done', wait_kind: undefined, wait_until: undefined });
  });

  it('stores a question’s answer in its variable', () => {
    const g = build(
      [
        ['start', 'start'],
        ['nps', 'nps_question', { text: 'Rate us' }],
        ['ask', 'question', { text: 'What could we do better, {{contact.name}}?', variable: 'comment' }],
        ['tell', 'internal_message', { user_ids: [2, 1, 2], text: '{{score}}: {{comment}}' }],
        ['end', 'stop'],
      ],
      chain('start', 'nps', 'ask', 'tell', 'end'),
    );
    const scored = mustAnswer(g, mustStart(g), '9');
    expect(kinds(scored.actions)).toBe('record_rating,send_message,wait');
    expect(scored.actions[1]).toEqual({ kind: 'send_message', node_id: 'ask', text: 'What could we do better, Anna?' });
    const blank = mustAnswer(g, scored.run, '  \n ');
    expect(blank.actions).toEqual([{ kind: 'reask', node_id: 'ask', text: 'Please type your answer.' }]);
    const done = mustAnswer(g, scored.run, '  Faster replies  ');
    expect(done.actions).toEqual([
      { kind: 'record_answer', node_id: 'ask', variable: 'comment', text: 'Faster replies' },
      { kind: 'notify', node_id: 'tell', user_ids: [2, 1], text: '9: Faster replies' },
      { kind: 'done', node_id: 'end' },
    ]);
    expect(done.run.vars).toEqual({ score: '9', comment: 'Faster replies' });
  });

  it('cuts a long answer to 2000 characters', () => {
    const g = build([['start', 'start'], ['ask', 'question', { text: 'Why?', variable: 'why' }]], chain('start', 'ask'));
    const { actions, run } = mustAnswer(g, mustStart(g), 'ж'.repeat(2010));
    expect([...actions[0].text!]).toHaveLength(2000);
    expect([...run.vars!.why]).toHaveLength(2000);
  });

  it('sends a message with buttons and stops; never follows an edge out of a stop', () => {
    const buttons = [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }];
    const g = build(
      [
        ['start', 'start'],
        ['hello', 'message', { text: 'Hello {{contact.name}} #{{conversation.id}} {{unknown}}', buttons }],
        ['end', 'stop'],
        ['never', 'message', { text: 'never sent' }],
      ],
      [...chain('start', 'hello', 'end'), ['end', '', 'never']],
    );
    const { run, actions } = start(g, env, t0);
    expect(actions).toEqual([
      { kind: 'send_message', node_id: 'hello', text: 'Hello Anna #42 {{unknown}}', buttons },
      { kind: 'done', node_id: 'end' },
    ]);
    expect(run).toMatchObject({ status: 'done', node_id: 'end' });
  });

  it('ends at a step with no exit, or at once from a lonely start', () => {
    const g = build([['start', 'start'], ['alert', 'internal_message', { user_ids: [3], text: 'Hi' }]], chain('start', 'alert'));
    const step = start(g, env, t0);
    expect(kinds(step.actions)).toBe('notify,done');
    expect(step.run).toMatchObject({ node_id: 'alert', status: 'done' });
    const lonely = start(build([['start', 'start']], []), env, t0);
    expect(kinds(lonely.actions)).toBe('done');
    expect(lonely.run.node_id).toBe('start');
  });

  it('gives up on a loop without waiting', () => {
    const loop = build(
      [['start', 'start'], ['a', 'message', { text: 'a' }], ['b', 'message', { text: 'b' }]],
      chain('start', 'a', 'b', 'a'),
    );
    expect(start(loop, env, t0)).toMatchObject({ actions: [], error: 'step_limit' });
    const afterAnswer = build(
      [['start', 'start'], ['nps', 'nps_question', { text: 'Rate us' }], ['a', 'message', { text: 'a' }]],
      chain('start', 'nps', 'a', 'a'),
    );
    const step = answer(afterAnswer, mustStart(afterAnswer), env, '5', t0);
    expect(step.error).toBe('step_limit');
    expect(kinds(step.actions)).toBe('record_rating,done');
    expect(step.run.status).toBe('done');
  });

  it('refuses broken graphs', () => {
    expect(start({ version: 1, nodes: [], edges: [] }, env, t0).error).toBe('no_start');
    const broken = [
      build([['start', 'start'], ['w', 'webhook']], chain('start', 'w')),
      build([['start', 'start']], chain('start', 'ghost')),
      build([['start', 'start'], ['m', 'message', 'x']], chain('start', 'm')),
      build([['start', 'start'], ['p', 'pause', { minutes: 0 }]], chain('start', 'p')),
    ];
    for (const g of broken) expect(start(g, env, t0)).toMatchObject({ actions: [], error: 'invalid_graph' });

    const g = defaultGraph();
    const run = mustStart(g);
    const atMessage = answer(g, { ...run, node_id: 'thanks' }, env, '5', t0);
    expect(atMessage.error).toBe('invalid_graph');
    expect(kinds(atMessage.actions)).toBe('done');
    expect(kinds(answer(g, { ...run, node_id: 'gone' }, env, '5', t0).actions)).toBe('done');
  });

  it('lets the run’s variables win over the environment’s', () => {
    const g = defaultGraph();
    const e: Env = { lang: 'en', vars: { score: '99', 'contact.name': 'Bo', 'conversation.id': '1' } };
    expect(mustAnswer(g, mustStart(g, e), '4', e).actions[1].text).toBe('Critical NPS score 4 from Bo in conversation #1');
  });

  it('never shares variables between states', () => {
    const g = build(
      [['start', 'start'], ['nps', 'nps_question', { text: 'Rate us' }], ['again', 'nps_question', { text: 'And now?' }]],
      chain('start', 'nps', 'again'),
    );
    const first = mustAnswer(g, mustStart(g), '3').run;
    const second = mustAnswer(g, first, '8').run;
    expect(first.vars?.score).toBe('3');
    expect(second.vars?.score).toBe('8');
  });
});

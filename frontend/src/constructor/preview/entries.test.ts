import { describe, expect, it } from 'vitest';
import { answer, start } from '../engine/engine';
import type { Graph } from '../model/graph';
import { readJSON } from '../rules/fixtures';
import { describeStep } from './entries';

const bot = readJSON<{ graph: Graph }>('graphs', 'valid_default.json').graph;
const env = { lang: 'en', vars: { 'contact.name': 'Anna', 'conversation.id': '42' } };
const names = (ids: number[]) => ids.map((id) => (id === 1 ? 'Alice' : `#${id}`));

describe('describeStep', () => {
  it('shows the survey, then the alert the team would get, and the end', () => {
    const first = start(bot, env, 0);
    expect(describeStep(first, names, 0)).toEqual([
      { kind: 'bot', text: expect.stringContaining('recommend'), buttons: expect.any(Array), nodeId: 'nps_question' },
    ]);
    expect(describeStep(answer(bot, first.run, env, '3', 1000), names, 1000)).toEqual([
      { kind: 'note', note: { type: 'rating', score: 3 } },
      { kind: 'note', note: { type: 'notify', names: ['Alice'], text: 'Critical NPS score 3 from Anna in conversation #42' } },
      { kind: 'note', note: { type: 'done' } },
    ]);
  });

  it('says how long a pause waits, and explains the silence after two re-asks', () => {
    const paused: Graph = {
      version: 1,
      nodes: [
        { id: 's', type: 'start', position: { x: 0, y: 0 } },
        { id: 'p', type: 'pause', position: { x: 0, y: 0 }, data: { minutes: 90 } },
      ],
      edges: [{ id: 'e', source: 's', target: 'p' }],
    };
    expect(describeStep(start(paused, env, 5000), names, 5000)).toEqual([{ kind: 'note', note: { type: 'wait', minutes: 90 } }]);

    let run = start(bot, env, 0).run;
    for (const text of ['a', 'b']) run = answer(bot, run, env, text, 0).run;
    expect(describeStep(answer(bot, run, env, 'c', 0), names, 0)).toEqual([{ kind: 'note', note: { type: 'quiet' } }]);
  });
});

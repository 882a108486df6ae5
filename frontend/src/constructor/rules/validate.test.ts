import { describe, expect, it } from 'vitest';
import type { Graph } from '../model/graph';
import { fixtureNames, key, readJSON, type ProblemKey } from './fixtures';
import { validate } from './validate';

interface GraphFixture {
  description: string;
  users: number[];
  graph: Graph;
  problems: ProblemKey[];
}

const names = fixtureNames('graphs');

describe('validate agrees with server/bot on every fixture', () => {
  it('finds the fixture files', () => {
    expect(names.length).toBeGreaterThan(20);
  });

  it.each(names)('%s', (name) => {
    const fx = readJSON<GraphFixture>('graphs', name);
    expect(fx.description).not.toBe('');
    expect(name.startsWith('valid_')).toBe(fx.problems.length === 0);
    const users = new Set(fx.users);
    const got = validate(fx.graph, (id) => users.has(id));
    for (const p of got) expect(p.message).not.toBe('');
    expect(got.map(key), fx.description).toEqual(fx.problems.map(key));
  });
});

describe('validate', () => {
  const fx = readJSON<GraphFixture>('graphs', 'valid_default.json');

  it('reports a deleted recipient of the default bot, and only that', () => {
    const got = validate(fx.graph, (id) => id === 2);
    expect(got.map(key)).toEqual([{ node_id: 'critical_alert', edge_id: '', code: 'unknown_user' }]);
  });

  it('skips the recipients check without a user list', () => {
    expect(validate(fx.graph, null)).toEqual([]);
  });

  it('does not touch the graph', () => {
    const before = JSON.stringify(fx.graph);
    validate(fx.graph, null);
    expect(JSON.stringify(fx.graph)).toBe(before);
  });

  it('trims white space as Go does, not as String.prototype.trim', () => {
    const graph = (text: string): Graph => ({
      version: 1,
      nodes: [
        { id: 's', type: 'start', position: { x: 0, y: 0 }, data: {} },
        { id: 'm', type: 'message', position: { x: 0, y: 0 }, data: { text } },
      ],
      edges: [{ id: 'e', source: 's', target: 'm' }],
    });
    expect(validate(graph('\u0085 \u3000'), null).map((p) => p.code)).toEqual(['empty_text']);
    // U+FEFF is not white space for Go.
    expect(validate(graph('\ufeff'), null)).toEqual([]);
  });

  it('matches data fields ignoring case and treats null as the zero value', () => {
    const graph: Graph = {
      version: 1,
      nodes: [
        { id: 's', type: 'start', position: { x: 0, y: 0 } },
        { id: 'm', type: 'message', position: { x: 0, y: 0 }, data: { TEXT: 'Hi', buttons: [null] } },
        { id: 'p', type: 'pause', position: { x: 0, y: 0 }, data: { Minutes: true } },
      ],
      edges: [
        { id: 'e1', source: 's', target: 'm' },
        { id: 'e2', source: 'm', target: 'p' },
      ],
    };
    expect(validate(graph, null).map((p) => `${p.node_id} ${p.code}`)).toEqual([
      'm invalid_button',
      'm invalid_button',
      'p invalid_data',
    ]);
  });
});

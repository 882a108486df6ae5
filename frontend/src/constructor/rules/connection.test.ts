import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge } from '../model/graph';
import { checkConnection } from './connection';
import { fixtureNames, key, readJSON, type ProblemKey } from './fixtures';
import { validate } from './validate';

interface ConnectionFixture {
  description: string;
  graph: Graph;
  cases: { name: string; edge: GraphEdge; problem: ProblemKey | null }[];
}

const files = fixtureNames('connections').map((name) => ({
  name,
  fx: readJSON<ConnectionFixture>('connections', name),
}));

describe.each(files)('checkConnection agrees with server/bot on $name', ({ fx }) => {
  it('starts from a valid bot with loose steps', () => {
    expect(validate(fx.graph, null).filter((p) => p.code !== 'unreachable')).toEqual([]);
  });

  it.each(fx.cases)('$name', ({ edge, problem }) => {
    const got = checkConnection(fx.graph, edge);
    if (problem === null) {
      expect(got).toBeNull();
    } else {
      expect(got && key(got)).toEqual(key(problem));
      expect(got?.message).not.toBe('');
    }
  });

  // Each accepted edge adds no wiring or loop problem to validate; each
  // refused one makes validate report the same code.
  it.each(fx.cases.filter((c) => c.edge.id !== ''))('validate agrees: $name', ({ edge, problem }) => {
    const graph = { ...fx.graph, edges: [...fx.graph.edges.filter((e) => e.id !== edge.id), edge] };
    const codes = validate(graph, null)
      .map((p) => p.code)
      .filter((code) => code !== 'unreachable' && code !== 'no_exit');
    if (problem === null) expect(codes).toEqual([]);
    else expect(codes).toContain(problem.code);
  });
});

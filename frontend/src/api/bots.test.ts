import { describe, expect, it } from 'vitest';
import { graphProblems } from './bots';
import { ApiError, parseError } from './client';

describe('graphProblems', () => {
  it('reads the problems of a refused graph, as the server sends them', () => {
    const body = {
      error: {
        code: 'invalid_graph',
        message: 'the bot cannot be saved: 2 problem(s) to fix',
        problems: [
          { node_id: 'critical_alert', code: 'unknown_user', message: 'User 7 does not exist; choose another recipient.' },
          { edge_id: 'e9', code: 'unknown_node', message: 'The connection ends at step "x", which does not exist.' },
        ],
      },
    };
    const error = parseError(422, JSON.stringify(body), new Headers());
    expect(graphProblems(error)).toEqual(body.error.problems);
  });

  it('returns null for any other error', () => {
    expect(graphProblems(new ApiError(422, 'invalid', 'fields', { name: 'is required' }))).toBeNull();
    expect(graphProblems(new ApiError(500, 'internal', 'oops'))).toBeNull();
    expect(graphProblems(new Error('x'))).toBeNull();
  });
});

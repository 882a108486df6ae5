import { describe, expect, it } from 'vitest';
import { readJSON } from '../rules/fixtures';
import { NODE_TYPES, WAITING_TYPES } from './graph';
import { LIMITS } from './limits';

describe('LIMITS', () => {
  it('equals server/bot/testdata/limits.json', () => {
    expect(LIMITS).toEqual(readJSON('limits.json'));
  });

  it('lists the same step types as the model', () => {
    expect(NODE_TYPES).toEqual(LIMITS.node_types);
    expect(WAITING_TYPES).toEqual(LIMITS.waiting_types);
  });
});

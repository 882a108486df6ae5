import { describe, expect, it } from 'vitest';
import { newPending, settledBy } from './pending';

describe('settledBy', () => {
  it('drops the oldest placeholder with the frame’s text, and only that one', () => {
    const a = newPending('hello');
    const b = newPending('other');
    const c = newPending('hello');
    expect(settledBy([a, b, c], 'hello')).toEqual([b, c]);
  });

  it('leaves the list alone when no placeholder has the text', () => {
    const list = [newPending('hello')];
    expect(settledBy(list, 'bye')).toBe(list);
  });
});

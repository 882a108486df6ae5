import { describe, expect, it } from 'vitest';
import { mergeNewest } from './liveMerge';

const ev = (...ids: number[]) => ids.map((id) => ({ id }));

describe('mergeNewest', () => {
  it('puts new events on top, newest first', () => {
    expect(mergeNewest(ev(3, 2, 1), ev(5, 4, 3, 2), false)).toEqual({ items: ev(5, 4, 3, 2, 1), gap: false });
  });
  it('keeps the list when nothing is new', () => {
    const current = ev(3, 2, 1);
    expect(mergeNewest(current, ev(3, 2, 1), false).items).toBe(current);
  });
  it('fills an empty list', () => {
    expect(mergeNewest([], ev(2, 1), true)).toEqual({ items: ev(2, 1), gap: false });
  });
  it('reports a gap when the first page does not reach the list', () => {
    expect(mergeNewest(ev(3, 2, 1), ev(9, 8), true)).toEqual({ items: ev(3, 2, 1), gap: true });
  });
  it('takes a whole last page that does not overlap', () => {
    expect(mergeNewest(ev(3), ev(5, 4), false)).toEqual({ items: ev(5, 4, 3), gap: false });
  });
  it('matches ids given as numbers or strings', () => {
    expect(mergeNewest([{ id: '2' }], [{ id: 3 }, { id: 2 }], false).items).toEqual([{ id: 3 }, { id: '2' }]);
  });
});

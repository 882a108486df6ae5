import { describe, expect, it } from 'vitest';
import { edgesOf, planScroll } from './scrollPlan';

const list = (...ids: number[]) => edgesOf(ids.map((id) => ({ id })));

describe('planScroll', () => {
  it('jumps to the newest message when the history first arrives', () => {
    expect(planScroll(list(), list(1, 2, 3), false, false)).toBe('bottom');
  });

  it('follows new messages while the reader is at the bottom', () => {
    expect(planScroll(list(1, 2), list(1, 2, 3), true, false)).toBe('bottom');
  });

  it('shows a pill instead when the reader scrolled up, unless the message is their own', () => {
    expect(planScroll(list(1, 2), list(1, 2, 3), false, false)).toBe('pill');
    expect(planScroll(list(1, 2), list(1, 2, 3), false, true)).toBe('bottom');
  });

  it('keeps the reader in place when older history loads above', () => {
    expect(planScroll(list(3, 4), list(1, 2, 3, 4), false, false)).toBe('keep');
  });

  it('does nothing when the ends did not change', () => {
    expect(planScroll(list(1, 2), list(1, 2), true, false)).toBe('none');
    expect(planScroll(list(1), list(), true, false)).toBe('none');
  });
});

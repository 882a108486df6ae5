import { describe, expect, it } from 'vitest';
import { backoffDelay, BACKOFF_MAX_MS } from './backoff';

describe('backoffDelay', () => {
  it('doubles from 0.5 s and stays within half..all of the nominal delay', () => {
    const nominal = [500, 1000, 2000, 4000, 8000, 15000, 15000];
    nominal.forEach((value, attempt) => {
      expect(backoffDelay(attempt, () => 0)).toBe(value / 2);
      expect(backoffDelay(attempt, () => 1)).toBe(value);
      const mid = backoffDelay(attempt, () => 0.5);
      expect(mid).toBeGreaterThanOrEqual(value / 2);
      expect(mid).toBeLessThanOrEqual(value);
    });
  });

  it('never exceeds the cap, however many attempts', () => {
    for (let attempt = 0; attempt < 100; attempt++) {
      expect(backoffDelay(attempt, Math.random)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    }
  });

  it('spreads clients apart (jitter)', () => {
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelay(6)));
    expect(delays.size).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from 'vitest';
import { dayCount, defaultInterval, presetRange, readPeriod, trendBuckets, ymd } from './period';
import { moveItem } from './order';

const now = new Date(2026, 10, 25, 15, 30); // 25 Nov 2026, local

describe('period presets', () => {
  it('turns presets into inclusive from/to days', () => {
    expect(presetRange('today', now)).toEqual({ from: '2026-11-25', to: '2026-11-25' });
    expect(presetRange('7d', now)).toEqual({ from: '2026-11-19', to: '2026-11-25' });
    expect(presetRange('30d', now)).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(presetRange('month', now)).toEqual({ from: '2026-11-01', to: '2026-11-25' });
  });
  it('crosses year boundaries', () => {
    expect(presetRange('7d', new Date(2026, 0, 3))).toEqual({ from: '2025-12-28', to: '2026-01-03' });
  });
  it('reads the URL, defaulting to 7 days and refusing bad custom ranges', () => {
    expect(readPeriod(new URLSearchParams(''), now)).toMatchObject({ preset: '7d', from: '2026-11-19' });
    expect(readPeriod(new URLSearchParams('period=custom&from=2026-01-01&to=2026-01-31&user=3'), now)).toEqual({
      preset: 'custom', from: '2026-01-01', to: '2026-01-31', user: '3',
    });
    expect(readPeriod(new URLSearchParams('period=custom&from=2026-02-01&to=2026-01-01'), now).preset).toBe('7d');
    expect(readPeriod(new URLSearchParams('period=custom&from=2026-02-31&to=2026-03-01'), now).preset).toBe('7d');
    expect(readPeriod(new URLSearchParams('period=bogus'), now).preset).toBe('7d');
  });
  it('formats local dates', () => {
    expect(ymd(new Date(2026, 2, 5))).toBe('2026-03-05');
    expect(dayCount('2026-03-01', '2026-03-31')).toBe(31);
  });
});

describe('trend buckets', () => {
  it('makes one bucket per day', () => {
    const b = trendBuckets('2026-11-19', '2026-11-25', 'day');
    expect(b).toHaveLength(7);
    expect(b[0]).toEqual({ from: '2026-11-19', to: '2026-11-19', label: '11-19' });
  });
  it('makes Monday-based weeks clipped to the period', () => {
    // 2026-11-19 is a Thursday.
    const b = trendBuckets('2026-11-19', '2026-12-02', 'week');
    expect(b.map((x) => [x.from, x.to])).toEqual([
      ['2026-11-19', '2026-11-22'],
      ['2026-11-23', '2026-11-29'],
      ['2026-11-30', '2026-12-02'],
    ]);
  });
  it('makes calendar months', () => {
    const b = trendBuckets('2026-01-15', '2026-03-10', 'month');
    expect(b.map((x) => [x.from, x.to, x.label])).toEqual([
      ['2026-01-15', '2026-01-31', '2026-01'],
      ['2026-02-01', '2026-02-28', '2026-02'],
      ['2026-03-01', '2026-03-10', '2026-03'],
    ]);
  });
  it('widens the interval to stay within the bucket limit', () => {
    const b = trendBuckets('2026-01-01', '2026-03-31', 'day');
    expect(b.length).toBeLessThanOrEqual(31);
    expect(b[0].to).toBe('2026-01-04'); // weeks now
    expect(trendBuckets('2024-01-01', '2026-12-31', 'day').length).toBeLessThanOrEqual(31);
    expect(trendBuckets('2026-02-01', '2026-01-01', 'day')).toEqual([]);
  });
  it('picks a default interval from the length', () => {
    expect(defaultInterval('2026-11-01', '2026-11-30')).toBe('day');
    expect(defaultInterval('2026-01-01', '2026-03-31')).toBe('week');
    expect(defaultInterval('2025-01-01', '2026-03-31')).toBe('month');
  });
});

describe('moveItem', () => {
  it('moves and ignores out-of-range moves', () => {
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
    expect(moveItem([1, 2, 3], 2, 0)).toEqual([3, 1, 2]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import { linear, niceMax, npsTone, scoreGroup, sparkPath } from './scale';

describe('chart scaling', () => {
  it('maps linearly, and a flat domain to the middle', () => {
    expect(linear(-100, 100, 180, 0)(0)).toBe(90);
    expect(linear(-100, 100, 180, 0)(100)).toBe(0);
    expect(linear(5, 5, 0, 10)(5)).toBe(5);
  });
  it('rounds maxima up nicely', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(100)).toBe(100);
  });
  it('draws a sparkline within its box', () => {
    expect(sparkPath([], 100, 20)).toBe('');
    expect(sparkPath([0, 10], 100, 20, 0)).toBe('M0.0,20.0 L100.0,0.0');
    expect(sparkPath([0, 0, 0], 100, 20, 0)).toBe('M0.0,20.0 L50.0,20.0 L100.0,20.0');
    expect(sparkPath([4], 100, 20, 0)).toBe('M50.0,0.0');
  });
  it('colours NPS and groups scores', () => {
    expect(npsTone(-1)).toBe('bad');
    expect(npsTone(0)).toBe('fair');
    expect(npsTone(30)).toBe('good');
    expect([6, 7, 8, 9].map(scoreGroup)).toEqual(['detractors', 'passives', 'passives', 'promoters']);
  });
});

/** linear maps a value of [d0,d1] onto [r0,r1]; a flat domain maps to the middle. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** niceMax rounds a maximum up to 1, 2, 5 × 10^n (at least 1). */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (v <= m * p) return m * p;
  return 10 * p;
}

/** sparkPath draws values as an SVG polyline path within width × height (with padding). */
export function sparkPath(values: number[], width: number, height: number, pad = 2): string {
  if (values.length === 0) return '';
  const max = Math.max(...values, 0);
  const x = linear(0, Math.max(values.length - 1, 1), pad, width - pad);
  const y = linear(0, max || 1, height - pad, pad);
  return values.map((v, i) => `${i ? 'L' : 'M'}${x(values.length === 1 ? 0.5 : i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
}

/** npsTone is how an NPS figure is coloured: below 0 bad, up to 30 fair, above good. */
export function npsTone(nps: number): 'bad' | 'fair' | 'good' {
  if (nps < 0) return 'bad';
  if (nps < 30) return 'fair';
  return 'good';
}

/** scoreGroup puts a 0–10 score in its NPS group. */
export function scoreGroup(score: number): 'detractors' | 'passives' | 'promoters' {
  return score <= 6 ? 'detractors' : score <= 8 ? 'passives' : 'promoters';
}

/** GROUP_RANGE is the score range of a group, for drill-down. */
export const GROUP_RANGE = {
  detractors: [0, 6],
  passives: [7, 8],
  promoters: [9, 10],
} as const;

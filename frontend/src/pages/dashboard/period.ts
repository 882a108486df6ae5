/** PresetId names a period of the dashboard's picker. */
export type PresetId = 'today' | '7d' | '30d' | 'month' | 'custom';
export const PRESETS: PresetId[] = ['today', '7d', '30d', 'month', 'custom'];

/** ymd formats a local date as YYYY-MM-DD. */
export function ymd(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** parseYmd reads YYYY-MM-DD as a local date (null when malformed). */
export function parseYmd(s: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 ? d : null;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

/** presetRange turns a preset into from/to (inclusive days) relative to now. */
export function presetRange(preset: Exclude<PresetId, 'custom'>, now = new Date()): { from: string; to: string } {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  switch (preset) {
    case 'today':
      return { from: ymd(today), to: ymd(today) };
    case '7d':
      return { from: ymd(addDays(today, -6)), to: ymd(today) };
    case '30d':
      return { from: ymd(addDays(today, -29)), to: ymd(today) };
    case 'month':
      return { from: ymd(new Date(today.getFullYear(), today.getMonth(), 1)), to: ymd(today) };
  }
}

export interface PeriodState {
  preset: PresetId;
  from: string;
  to: string;
  user: string;
}

/** readPeriod reads the dashboard's period and user from URL query params (7 days by default). */
export function readPeriod(params: URLSearchParams, now = new Date()): PeriodState {
  const raw = params.get('period') as PresetId | null;
  const user = params.get('user') ?? '';
  if (raw === 'custom') {
    const f = parseYmd(params.get('from'));
    const t = parseYmd(params.get('to'));
    if (f && t && f <= t) return { preset: 'custom', from: ymd(f), to: ymd(t), user };
  }
  const preset = raw && PRESETS.includes(raw) && raw !== 'custom' ? raw : '7d';
  return { preset, ...presetRange(preset, now), user };
}

export type Interval = 'day' | 'week' | 'month';

export interface Bucket {
  from: string;
  to: string;
  label: string;
}

/** dayCount is the number of days from..to inclusive. */
export function dayCount(from: string, to: string): number {
  const f = parseYmd(from);
  const t = parseYmd(to);
  if (!f || !t) return 0;
  return Math.round((t.getTime() - f.getTime()) / 86_400_000) + 1;
}

/** defaultInterval picks a bucket size that keeps the number of buckets small. */
export function defaultInterval(from: string, to: string): Interval {
  const n = dayCount(from, to);
  if (n <= 31) return 'day';
  if (n <= 31 * 7) return 'week';
  return 'month';
}

/**
 * trendBuckets splits from..to into day, week (Monday-based) or month buckets,
 * clipped to the period. When there would be more than max, it widens the interval.
 */
export function trendBuckets(from: string, to: string, interval: Interval, max = 31): Bucket[] {
  const f = parseYmd(from);
  const t = parseYmd(to);
  if (!f || !t || f > t) return [];
  const out: Bucket[] = [];
  let cur = f;
  while (cur <= t) {
    let end: Date;
    if (interval === 'day') end = cur;
    else if (interval === 'week') end = addDays(cur, (7 - ((cur.getDay() + 6) % 7)) - 1);
    else end = new Date(cur.getFullYear(), cur.getMonth() + 1, 0);
    if (end > t) end = t;
    const label =
      interval === 'month' ? `${cur.getFullYear()}-${String(cur.getMonth() + 1).padStart(2, '0')}` : ymd(cur).slice(5);
    out.push({ from: ymd(cur), to: ymd(end), label });
    cur = addDays(end, 1);
  }
  if (out.length > max) {
    if (interval === 'day') return trendBuckets(from, to, 'week', max);
    if (interval === 'week') return trendBuckets(from, to, 'month', max);
    return out.slice(out.length - max);
  }
  return out;
}

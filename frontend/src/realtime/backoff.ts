/** BACKOFF_BASE_MS is the nominal delay before the first reconnect. */
export const BACKOFF_BASE_MS = 500;
/** BACKOFF_MAX_MS caps the nominal delay. */
export const BACKOFF_MAX_MS = 15_000;

/**
 * backoffDelay is how long to wait before reconnect attempt number `attempt`
 * (0 for the first retry). The nominal delay doubles from 0.5 s up to 15 s; the
 * actual delay is drawn between half of it and all of it ("equal jitter"), so
 * a hundred browsers cut off by the same restart do not all return at once.
 */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  base = BACKOFF_BASE_MS,
  max = BACKOFF_MAX_MS,
): number {
  const nominal = Math.min(max, base * 2 ** Math.max(0, attempt));
  const half = nominal / 2;
  return Math.round(half + random() * half);
}

import type { Translate } from '../../i18n/language';

/** DurationUnit is how a pause is entered: minutes, hours or days. */
export type DurationUnit = 'minutes' | 'hours' | 'days';

/** UNIT_MINUTES is the length of each unit. */
export const UNIT_MINUTES: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

/** splitMinutes picks the largest unit that expresses `minutes` exactly (90 → 90 minutes, 120 → 2 hours). */
export function splitMinutes(minutes: number): { amount: number; unit: DurationUnit } {
  if (minutes > 0 && minutes % UNIT_MINUTES.days === 0) return { amount: minutes / UNIT_MINUTES.days, unit: 'days' };
  if (minutes > 0 && minutes % UNIT_MINUTES.hours === 0) return { amount: minutes / UNIT_MINUTES.hours, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

/** formatMinutes says a pause's length briefly: "10 min", "2 h", "3 d". */
export function formatMinutes(minutes: number, t: Translate): string {
  const { amount, unit } = splitMinutes(minutes);
  return t(`bot.duration.${unit}`, { n: amount });
}

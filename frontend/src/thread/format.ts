/** DayLabels are the words for the two days that read better as words. */
export interface DayLabels {
  today: string;
  yesterday: string;
}

function localDay(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** formatDay names a YYYY-MM-DD day for a divider: "Today", "Yesterday", "3 March", "3 March 2024". */
export function formatDay(key: string, lang: string, labels: DayLabels, now = new Date()): string {
  const day = localDay(key);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const diff = Math.round((today.getTime() - day.getTime()) / 86_400_000);
  if (diff === 0) return labels.today;
  if (diff === 1) return labels.yesterday;
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: day.getFullYear() === now.getFullYear() ? undefined : 'numeric',
  }).format(day);
}

/** formatTime is the local time of day of an RFC 3339 time: "14:05", "2:05 PM". */
export function formatTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(date);
}

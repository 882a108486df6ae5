import type { AppEvent } from '../../api/analytics';

/** valueText shows an event's value_before / value_after (a score, a status, a name…). */
export function valueText(v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['score', 'status', 'title', 'name', 'text']) {
      if (typeof o[k] === 'string' || typeof o[k] === 'number') return String(o[k]);
    }
  }
  return JSON.stringify(v);
}

/** entityPath is where an event's object opens in the app (undefined: nowhere). */
export function entityPath(e: AppEvent): string | undefined {
  const id = e.entity.id;
  if (id === undefined) return undefined;
  switch (e.entity.type) {
    case 'conversation':
      return `/inbox/${id}`;
    case 'deal':
      return `/cards/deals/${id}`;
    case 'customer':
      return `/cards/customers/${id}`;
    case 'contact':
      return `/cards/contacts/${id}`;
  }
  return undefined;
}

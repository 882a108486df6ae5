import { request } from './client';
import type { Id, List } from './types';

/** EventType names a kind of event of Analytics → Events, in the order the UI offers them. */
export const EVENT_TYPES = [
  'incoming_chat_message',
  'outgoing_chat_message',
  'conversation_created',
  'conversation_closed',
  'conversation_reopened',
  'card_created',
  'card_attached',
  'nps_sent',
  'nps_rating_added',
  'nps_expired',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** ENTITY_TYPES are the objects an event can be about. */
export const ENTITY_TYPES = ['conversation', 'deal', 'customer', 'contact'] as const;

export interface Ref {
  type: string;
  id?: Id;
}

export interface AppEvent {
  id: Id;
  type: string;
  created_at: string;
  author: Ref;
  entity: Ref;
  value_before?: unknown;
  value_after?: unknown;
  user_id?: Id;
}

export interface EventQuery {
  type?: string;
  from?: string;
  to?: string;
  user_id?: string;
  entity_type?: string;
}

export function listEvents(q: EventQuery, cursor?: string, signal?: AbortSignal): Promise<List<AppEvent>> {
  return request<List<AppEvent>>('/events', {
    query: { ...clean(q), cursor, limit: 50 },
    signal,
  });
}

export interface Widget {
  id: Id;
  type: 'nps' | 'events';
  title: string;
  filter?: { type: string; user_id?: Id };
}

export function getDashboard(): Promise<{ widgets: Widget[] }> {
  return request('/dashboard');
}

export function addWidget(body: { type: 'events'; title: string; filter: { type: string; user_id?: number } } | { type: 'nps' }): Promise<Widget> {
  return request('/dashboard/widgets', { method: 'POST', body });
}

export function renameWidget(id: Id, title: string): Promise<Widget> {
  return request(`/dashboard/widgets/${id}`, { method: 'PATCH', body: { title } });
}

export function removeWidget(id: Id): Promise<void> {
  return request(`/dashboard/widgets/${id}`, { method: 'DELETE' });
}

export function reorderWidgets(ids: Id[]): Promise<{ widgets: Widget[] }> {
  return request('/dashboard/order', { method: 'PUT', body: { widget_ids: ids.map(Number) } });
}

/** Period is the dashboard's period and user filter, as sent to the API. */
export interface PeriodQuery {
  from: string;
  to: string;
  user_id?: string;
}

export interface NpsStats {
  total: number;
  promoters: number;
  passives: number;
  detractors: number;
  promoters_pct: number;
  passives_pct: number;
  detractors_pct: number;
  nps: number;
  scores: Record<string, number>;
  sent?: number;
  answered?: number;
  response_rate?: number;
}

export interface EventsData {
  count: number;
  series: { date: string; count: number }[];
}

export function widgetData<T>(id: Id, q: PeriodQuery, signal?: AbortSignal): Promise<T> {
  return request<T>(`/dashboard/widgets/${id}/data`, { query: clean(q), signal });
}

export function npsStats(q: PeriodQuery, signal?: AbortSignal): Promise<NpsStats> {
  return request<NpsStats>('/nps/stats', { query: clean(q), signal });
}

export interface Rating {
  id: Id;
  conversation_id: Id;
  contact_id?: Id;
  contact_name?: string;
  user_id?: Id;
  score: number;
  comment?: string;
  created_at: string;
}

export interface RatingQuery extends PeriodQuery {
  min_score?: number;
  max_score?: number;
}

export function listRatings(q: RatingQuery, cursor?: string, limit = 100, signal?: AbortSignal): Promise<List<Rating>> {
  return request<List<Rating>>('/nps/ratings', { query: { ...clean(q), cursor, limit }, signal });
}

/** allRatings follows the cursor pages of /nps/ratings to the end (for the CSV export). */
export async function allRatings(q: RatingQuery, max = 100_000): Promise<Rating[]> {
  const out: Rating[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRatings(q, cursor, 500);
    out.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && out.length < max);
  return out;
}

function clean<T extends object>(q: T): Record<string, string | number | undefined> {
  const out: Record<string, string | number | undefined> = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') out[k] = v as string | number;
  return out;
}

/** NpsUserStats is one manager's row of GET /nps/stats/by-user. */
export interface NpsUserStats {
  user_id: Id;
  name: string;
  active: boolean;
  total: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number;
  sent: number;
  answered: number;
  response_rate: number;
}

/** npsByUser is NPS per manager for the period (the user filter does not apply). */
export function npsByUser(q: { from: string; to: string }, signal?: AbortSignal): Promise<{ from: string; to: string; items: NpsUserStats[] }> {
  return request('/nps/stats/by-user', { query: { from: q.from, to: q.to }, signal });
}

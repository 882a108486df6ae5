import type { Graph } from '../constructor/model/graph';
import type { Problem } from '../constructor/rules/problem';
import { ApiError, request } from './client';
import type { Id, List } from './types';

/** Bot is a bot as the API returns it: its name and its current graph. */
export interface Bot {
  id: Id;
  name: string;
  graph: Graph;
  /** kind is "nps" for the NPS bot (a field beyond api.md; may be absent). */
  kind?: string;
}

/** listBots returns the team's bots. */
export function listBots(): Promise<List<Bot>> {
  return request<List<Bot>>('/bots');
}

/** getBot returns one bot with its graph. */
export function getBot(id: Id): Promise<Bot> {
  return request<Bot>(`/bots/${encodeURIComponent(String(id))}`);
}

/** saveBot stores a new version of the graph (admin); a 422 lists every problem (see graphProblems). */
export function saveBot(id: Id, graph: Graph, name?: string): Promise<Bot> {
  return request<Bot>(`/bots/${encodeURIComponent(String(id))}`, {
    method: 'PUT',
    body: name === undefined ? { graph } : { name, graph },
  });
}

/** restoreDefaultBot brings the stock NPS bot back (admin). */
export function restoreDefaultBot(id: Id): Promise<Bot> {
  return request<Bot>(`/bots/${encodeURIComponent(String(id))}/restore-default`, { method: 'POST' });
}

/** graphProblems returns the problems of a refused graph (422 invalid_graph, 413 too_large), or null for any other error. */
export function graphProblems(error: unknown): Problem[] | null {
  if (!(error instanceof ApiError) || (error.status !== 422 && error.status !== 413)) return null;
  const list = error.details?.problems;
  if (!Array.isArray(list)) return null;
  return list.filter(
    (p): p is Problem => typeof p === 'object' && p !== null && typeof (p as Problem).code === 'string',
  );
}

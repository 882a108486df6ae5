import type { Graph } from './graph';

/**
 * History is the undo stack of the editor: whole graph documents, which are
 * immutable, so a step back is just the previous value.
 */
export interface History {
  past: Graph[];
  present: Graph;
  future: Graph[];
  /** lastKey/lastAt let a burst of edits of one thing (a drag, typing) make one undo step. */
  lastKey?: string;
  lastAt?: number;
}

/** HISTORY_LIMIT is how many steps back undo can go. */
export const HISTORY_LIMIT = 100;

/** COALESCE_MS is how close edits with the same key must follow each other to merge. */
export const COALESCE_MS = 1500;

/** startHistory begins a history at g with nothing to undo. */
export function startHistory(g: Graph): History {
  return { past: [], present: g, future: [] };
}

/**
 * commit makes `next` the present. An edit with the same `key` as the last
 * one, soon after it, replaces the present instead of adding an undo step.
 */
export function commit(h: History, next: Graph, key?: string, now = Date.now()): History {
  if (next === h.present) return h;
  const merge = key !== undefined && key === h.lastKey && h.lastAt !== undefined && now - h.lastAt < COALESCE_MS;
  return {
    past: merge ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
    lastKey: key,
    lastAt: now,
  };
}

/** undo steps back, if it can. */
export function undo(h: History): History {
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] };
}

/** redo steps forward again, if it can. */
export function redo(h: History): History {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) };
}

import { useCallback, useMemo, useRef, useState } from 'react';
import type { User } from '../../api/types';
import { useLanguage, useT } from '../../i18n/useT';
import { answer, start, tick } from '../engine/engine';
import type { Env, Run, Step } from '../engine/run';
import type { Graph } from '../model/graph';
import { userName } from '../team';
import { describeStep, type Entry } from './entries';

/** Preview is a simulated conversation with the bot being edited. */
export interface Preview {
  entries: Entry[];
  run: Run | null;
  /** changed is true when the graph differs from the one the preview started with. */
  changed: boolean;
  start: () => void;
  reply: (text: string) => void;
  skipWait: () => void;
}

/**
 * usePreview runs the current graph — unsaved changes included — with the
 * engine's TypeScript port against a simulated customer. Its actions become
 * chat entries; nothing is sent, recorded or notified.
 */
export function usePreview(graph: Graph, users: User[] | null): Preview {
  const t = useT();
  const { lang } = useLanguage();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [run, setRun] = useState<Run | null>(null);
  const startedWith = useRef<Graph | null>(null);
  // A simulated clock: skipping a pause jumps it forward, so answers stay in time.
  const clock = useRef(Date.now());

  const env = useMemo<Env>(
    () => ({ lang, vars: { 'contact.name': t('bot.previewSampleName'), 'conversation.id': '42' } }),
    [lang, t],
  );
  const names = useCallback(
    (ids: number[]) => ids.map((id) => userName(users, id) ?? t('bot.field.deletedUser', { id })),
    [users, t],
  );

  const apply = useCallback(
    (step: Step, before: Entry[]) => {
      setRun(step.run);
      setEntries([...before, ...describeStep(step, names, clock.current)]);
    },
    [names],
  );

  const begin = useCallback(() => {
    clock.current = Date.now();
    startedWith.current = graph;
    apply(start(graph, env, clock.current), []);
  }, [graph, env, apply]);

  const reply = useCallback(
    (text: string) => {
      if (!run || text.trim() === '') return;
      const said: Entry[] = [...entries, { kind: 'customer', text }];
      clock.current += 1000;
      apply(answer(graph, run, env, text, clock.current), said);
    },
    [run, entries, graph, env, apply],
  );

  const skipWait = useCallback(() => {
    if (!run?.wait_until) return;
    clock.current = Math.max(clock.current, run.wait_until);
    apply(tick(graph, run, env, clock.current), entries);
  }, [run, entries, graph, env, apply]);

  return {
    entries,
    run,
    changed: run !== null && startedWith.current !== graph,
    start: begin,
    reply,
    skipWait,
  };
}

import { useEffect, useState } from 'react';
import { widgetData, type PeriodQuery } from '../../api/analytics';
import type { Id } from '../../api/types';

/**
 * useWidgetData loads a widget's figures for the dashboard's period, again whenever the
 * period changes or `tick` moves (a live event arrived). A request overtaken by a newer
 * one is aborted, and a failure keeps the figures already shown: `error` only matters
 * while there are none.
 */
export function useWidgetData<T>(widgetId: Id, query: PeriodQuery, tick: number) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState(false);
  // The query object is rebuilt on each render; its content is what matters.
  const key = JSON.stringify(query);
  useEffect(() => {
    const ctl = new AbortController();
    widgetData<T>(widgetId, JSON.parse(key) as PeriodQuery, ctl.signal).then(
      (d) => {
        setData(d);
        setError(false);
      },
      (e: unknown) => {
        if (!(e instanceof DOMException)) setError(true);
      },
    );
    return () => ctl.abort();
  }, [widgetId, key, tick]);
  return { data, error };
}

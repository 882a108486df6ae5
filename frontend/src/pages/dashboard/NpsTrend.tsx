import { useEffect, useMemo, useState } from 'react';
import { npsStats, type PeriodQuery } from '../../api/analytics';
import { LineChart, type Point } from '../../charts/LineChart';
import type { Translate } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { defaultInterval, trendBuckets, type Bucket, type Interval } from './period';

/** describeBucket is one bucket in words, for the point's tooltip and screen readers. */
function describeBucket(t: Translate, b: Bucket, total: number, nps: number): string {
  const period = b.from === b.to ? b.from : `${b.from} – ${b.to}`;
  if (!total) return t('dash.trendPointEmpty', { period });
  return t('dash.trendPoint', { period, nps: `${nps > 0 ? '+' : ''}${nps}`, count: String(total) });
}

/**
 * NpsTrend charts NPS per day / week / month of the period. The server has no trend
 * route, so it asks /nps/stats once per bucket (at most 31 buckets).
 */
export function NpsTrend({ query, tick }: { query: PeriodQuery; tick: number }) {
  const t = useT();
  const [chosen, setChosen] = useState<Interval | null>(null);
  const interval = chosen ?? defaultInterval(query.from, query.to);
  const buckets = useMemo(() => trendBuckets(query.from, query.to, interval), [query.from, query.to, interval]);
  const [points, setPoints] = useState<Point[] | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    Promise.all(buckets.map((b) => npsStats({ from: b.from, to: b.to, user_id: query.user_id }, ctl.signal))).then(
      (stats) =>
        setPoints(
          stats.map((s, i) => ({
            label: buckets[i].label,
            value: s.total ? s.nps : null,
            title: describeBucket(t, buckets[i], s.total, s.nps),
          })),
        ),
      () => undefined,
    );
    return () => ctl.abort();
  }, [buckets, query.user_id, tick, t]);

  const intervals: Interval[] = ['day', 'week', 'month'];
  return (
    <div className="trend">
      <div className="trend-head">
        <h3 className="widget-sub">{t('dash.trend')}</h3>
        <div className="segmented segmented-sm" role="radiogroup" aria-label={t('dash.interval')}>
          {intervals.map((i) => (
            <button key={i} type="button" role="radio" aria-checked={interval === i} className="segmented-item" onClick={() => setChosen(i)}>
              {t(`dash.interval.${i}`)}
            </button>
          ))}
        </div>
      </div>
      {points && points.every((p) => p.value === null) ? (
        <p className="muted">{t('dash.trendEmpty')}</p>
      ) : (
        points && <LineChart points={points} label={t('dash.trend')} />
      )}
    </div>
  );
}

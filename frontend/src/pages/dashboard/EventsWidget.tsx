import { useEffect, useState } from 'react';
import { widgetData, type EventsData, type PeriodQuery, type Widget } from '../../api/analytics';
import { Sparkline } from '../../charts/Sparkline';
import { useT } from '../../i18n/useT';

/** EventsWidget is a counter made from an events filter: count for the period and a sparkline. */
export function EventsWidget({ widget, query, tick }: { widget: Widget; query: PeriodQuery; tick: number }) {
  const t = useT();
  const [data, setData] = useState<EventsData | null>(null);
  const [error, setError] = useState(false);
  const key = JSON.stringify(query);
  useEffect(() => {
    const ctl = new AbortController();
    widgetData<EventsData>(widget.id, JSON.parse(key) as PeriodQuery, ctl.signal).then(
      (d) => {
        setData(d);
        setError(false);
      },
      (e: unknown) => {
        if (!(e instanceof DOMException)) setError(true);
      },
    );
    return () => ctl.abort();
  }, [widget.id, key, tick]);
  if (error && !data) return <p className="field-error">{t('dash.widgetError')}</p>;
  if (!data) return <div className="counter-skeleton" />;
  const type = widget.filter?.type;
  return (
    <div className="counter">
      <div>
        <span className="counter-value" data-testid="counter-value">
          {data.count}
        </span>
        <span className="counter-caption muted">
          {type ? t(`evt.${type}` as 'evt.nps_sent') : ''} · {t('dash.count')}
        </span>
      </div>
      <Sparkline values={data.series.map((p) => p.count)} label={data.series.map((p) => `${p.date}: ${p.count}`).join(', ')} />
    </div>
  );
}

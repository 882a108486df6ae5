import type { EventsData, PeriodQuery, Widget } from '../../api/analytics';
import { Sparkline } from '../../charts/Sparkline';
import { useT } from '../../i18n/useT';
import { useWidgetData } from './useWidgetData';

/** EventsWidget is a counter made from an events filter: count for the period and a sparkline. */
export function EventsWidget({ widget, query, tick }: { widget: Widget; query: PeriodQuery; tick: number }) {
  const t = useT();
  const { data, error } = useWidgetData<EventsData>(widget.id, query, tick);
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

import { useState, type ReactNode } from 'react';
import { allRatings, type NpsStats, type PeriodQuery, type Widget } from '../../api/analytics';
import { ScoreBars } from '../../charts/ScoreBars';
import { SplitBar, type Group } from '../../charts/SplitBar';
import { GROUP_RANGE, npsTone } from '../../charts/scale';
import type { Team } from '../../directory/useTeam';
import { useT } from '../../i18n/useT';
import { useToast } from '../../toast/useToast';
import { downloadText, ratingsCsv } from './csv';
import { NpsTrend } from './NpsTrend';
import { useWidgetData } from './useWidgetData';

export interface Drill {
  title: string;
  min: number;
  max: number;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** NpsWidget shows the NPS of the period, its split, response rate and score distribution. */
export function NpsWidget({
  widget,
  query,
  tick,
  team,
  onDrill,
  children,
}: {
  widget: Widget;
  query: PeriodQuery;
  tick: number;
  team: Team;
  onDrill: (d: Drill) => void;
  /** children go under the figures, before the trend (NPS by manager). */
  children?: ReactNode;
}) {
  const t = useT();
  const toast = useToast();
  const { data, error } = useWidgetData<NpsStats>(widget.id, query, tick);
  const [exporting, setExporting] = useState(false);

  const groupLabel = (g: Group) => t(`dash.${g}`);
  const drillGroup = (g: Group) =>
    onDrill({ title: t('drill.title', { group: groupLabel(g), count: data?.[g] ?? 0 }), min: GROUP_RANGE[g][0], max: GROUP_RANGE[g][1] });
  const drillScore = (s: number) =>
    onDrill({ title: t('drill.title', { group: t('drill.score', { score: s }), count: data?.scores[String(s)] ?? 0 }), min: s, max: s });

  const exportCsv = async () => {
    setExporting(true);
    try {
      const ratings = await allRatings(query);
      const csv = ratingsCsv(
        ratings.map((r) => ({ ...r, manager: team.byId(r.user_id)?.name ?? '' })),
        (id) => `${window.location.origin}/inbox/${id}`,
      );
      downloadText(`nps-ratings-${query.from}-${query.to}.csv`, csv);
    } catch {
      toast.show({ tone: 'error', message: t('dash.exportError') });
    } finally {
      setExporting(false);
    }
  };

  const rate = data?.response_rate;
  return (
    <section className="widget widget-nps" aria-labelledby={`w-${widget.id}`} data-widget="nps">
      <header className="widget-head">
        <h2 className="widget-title" id={`w-${widget.id}`}>
          {widget.title || t('dash.nps')}
        </h2>
        <button type="button" className="btn btn-secondary btn-small" onClick={exportCsv} disabled={exporting}>
          {exporting ? t('dash.exporting') : t('dash.export')}
        </button>
      </header>
      {error && !data && <p className="field-error">{t('dash.widgetError')}</p>}
      {data && (
        <div className="nps-body">
          <div className="nps-figures">
            <div className={`nps-figure tone-${npsTone(data.nps)}`} title={t('dash.npsHint')}>
              <span className="nps-label">{t('dash.nps')}</span>
              <span className="nps-value" data-testid="nps-value">
                {signed(data.nps)}
              </span>
            </div>
            <dl className="nps-stats">
              <div>
                <dt>{t('dash.ratings')}</dt>
                <dd data-testid="nps-total">{data.total}</dd>
              </div>
              <div>
                <dt>{t('dash.responseRate')}</dt>
                <dd data-testid="nps-rate">{rate === undefined ? "—" : `${rate}%`}</dd>
                {data.sent !== undefined && (
                  <dd className="muted small">{t('dash.answeredOf', { answered: data.answered ?? 0, sent: data.sent })}</dd>
                )}
              </div>
            </dl>
          </div>
          <div className="nps-charts">
            <h3 className="widget-sub">{t('dash.split')}</h3>
            {data.total === 0 ? (
              <p className="muted">{t('dash.noRatings')}</p>
            ) : (
              <SplitBar
                onPick={drillGroup}
                parts={(['detractors', 'passives', 'promoters'] as Group[]).map((g) => ({
                  group: g,
                  label: groupLabel(g),
                  pct: data[`${g}_pct`],
                  count: data[g],
                }))}
              />
            )}
            <h3 className="widget-sub">{t('dash.scores')}</h3>
            <ScoreBars
              scores={data.scores}
              label={t('dash.scores')}
              barLabel={(score, count) => t('dash.scoreBar', { score, count })}
              onPick={drillScore}
            />
          </div>
        </div>
      )}
      {children}
      <NpsTrend query={query} tick={tick} />
    </section>
  );
}

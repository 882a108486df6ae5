import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { addWidget, getDashboard, removeWidget, renameWidget, reorderWidgets, type PeriodQuery, type Widget } from '../../api/analytics';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { useTeam } from '../../directory/useTeam';
import { useT } from '../../i18n/useT';
import { useToast } from '../../toast/useToast';
import { EventsWidget } from './EventsWidget';
import { NpsByManager } from './NpsByManager';
import { NpsWidget, type Drill } from './NpsWidget';
import { PeriodBar } from './PeriodBar';
import { RatingsDrawer } from './RatingsDrawer';
import { presetRange, readPeriod, type PeriodState } from './period';
import { useLiveTick } from './useLiveTick';
import { moveItem } from './order';

/** DashboardView is the dashboard: the period and user filter, then the user's widgets in order. */
export function DashboardView() {
  const t = useT();
  usePageTitle(t('dashboard.title'));
  const toast = useToast();
  const team = useTeam();
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params);
  const query: PeriodQuery = useMemo(
    () => ({ from: period.from, to: period.to, user_id: period.user || undefined }),
    [period.from, period.to, period.user],
  );
  const tick = useLiveTick();
  const [widgets, setWidgets] = useState<Widget[] | null>(null);
  const [error, setError] = useState(false);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const dragFrom = useRef<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);

  useEffect(() => {
    getDashboard().then(
      (d) => setWidgets(d.widgets),
      () => setError(true),
    );
  }, []);

  const setPeriod = (next: Partial<PeriodState>) => {
    const merged = { ...period, ...next };
    const p = new URLSearchParams(params);
    p.set('period', merged.preset);
    if (merged.preset === 'custom') {
      if (next.preset === 'custom') Object.assign(merged, { from: period.from, to: period.to });
      p.set('from', merged.from);
      p.set('to', merged.to);
    } else {
      p.delete('from');
      p.delete('to');
      Object.assign(merged, presetRange(merged.preset));
    }
    if (merged.user) p.set('user', merged.user);
    else p.delete('user');
    setParams(p, { replace: true });
  };

  const saveOrder = useCallback(
    (next: Widget[]) => {
      const before = widgets;
      setWidgets(next);
      reorderWidgets(next.map((w) => w.id)).catch(() => {
        setWidgets(before);
        toast.show({ tone: 'error', message: t('dash.saveError') });
      });
    },
    [widgets, toast, t],
  );

  const move = (from: number, to: number) => widgets && saveOrder(moveItem(widgets, from, to));

  const remove = (w: Widget) => {
    if (!widgets) return;
    const before = widgets;
    setWidgets(widgets.filter((x) => x.id !== w.id));
    removeWidget(w.id).then(
      () => toast.show({ tone: 'info', message: t('dash.removed') }),
      () => {
        setWidgets(before);
        toast.show({ tone: 'error', message: t('dash.saveError') });
      },
    );
  };

  const rename = (w: Widget, title: string) => {
    setEditing(null);
    const clean = title.trim();
    if (!clean || clean === w.title || !widgets) return;
    setWidgets(widgets.map((x) => (x.id === w.id ? { ...x, title: clean } : x)));
    renameWidget(w.id, clean).catch(() => {
      setWidgets((cur) => cur && cur.map((x) => (x.id === w.id ? w : x)));
      toast.show({ tone: 'error', message: t('dash.saveError') });
    });
  };

  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    setDragOver(null);
    if (dragFrom.current !== null) move(dragFrom.current, to);
    dragFrom.current = null;
  };

  return (
    <div className="page page-dashboard">
      <PageHeader title={t('dashboard.title')} />
      <PeriodBar value={period} users={team.users} onChange={setPeriod} />
      {error && <p className="field-error">{t('dash.loadError')}</p>}
      <ol className="widgets">
        {widgets?.map((w, i) => (
          <li
            key={String(w.id)}
            className={`widget-slot widget-slot-${w.type}${dragOver === i ? ' drag-over' : ''}`}
            data-widget-id={String(w.id)}
            onDragOver={(e) => {
              if (dragFrom.current === null) return;
              e.preventDefault();
              setDragOver(i);
            }}
            onDragLeave={() => setDragOver((cur) => (cur === i ? null : cur))}
            onDrop={(e) => onDrop(e, i)}
          >
            <div className="widget-tools">
              <span
                className="drag-handle"
                draggable
                title={t('dash.drag')}
                aria-hidden="true"
                onDragStart={(e) => {
                  dragFrom.current = i;
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', String(w.id));
                  const slot = (e.currentTarget as HTMLElement).closest('li');
                  if (slot) e.dataTransfer.setDragImage(slot, 20, 20);
                }}
                onDragEnd={() => {
                  dragFrom.current = null;
                  setDragOver(null);
                }}
              >
                ⋮⋮
              </span>
              <button type="button" className="icon-btn" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`${t('dash.moveUp')}: ${w.title}`}>
                ↑
              </button>
              <button type="button" className="icon-btn" onClick={() => move(i, i + 1)} disabled={i === widgets.length - 1} aria-label={`${t('dash.moveDown')}: ${w.title}`}>
                ↓
              </button>
              {w.type === 'events' && (
                <button type="button" className="icon-btn" onClick={() => setEditing(String(w.id))} aria-label={`${t('dash.rename')}: ${w.title}`}>
                  ✎
                </button>
              )}
              <button type="button" className="icon-btn icon-btn-danger" onClick={() => remove(w)} aria-label={`${t('dash.remove')}: ${w.title}`}>
                ✕
              </button>
            </div>
            {w.type === 'nps' ? (
              <NpsWidget widget={w} query={query} tick={tick} team={team} onDrill={setDrill}>
                <NpsByManager query={query} tick={tick} selected={period.user || undefined} onPick={(user) => setPeriod({ user })} />
              </NpsWidget>
            ) : (
              <section className="widget widget-events" aria-label={w.title} data-widget="events">
                {editing === String(w.id) ? (
                  <input
                    className="input widget-title-input"
                    aria-label={t('dash.titleLabel')}
                    defaultValue={w.title}
                    maxLength={100}
                    autoFocus
                    onBlur={(e) => rename(w, e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') rename(w, e.currentTarget.value);
                      if (e.key === 'Escape') setEditing(null);
                    }}
                  />
                ) : (
                  <h2 className="widget-title" onDoubleClick={() => setEditing(String(w.id))}>
                    {w.title}
                  </h2>
                )}
                <EventsWidget widget={w} query={query} tick={tick} />
              </section>
            )}
          </li>
        ))}
      </ol>
      {widgets && !widgets.some((w) => w.type === 'nps') && (
        <button
          type="button"
          className="btn btn-secondary dash-hint"
          onClick={() => addWidget({ type: 'nps' }).then((w) => setWidgets((cur) => [w, ...(cur ?? [])]), () => toast.show({ tone: 'error', message: t('dash.saveError') }))}
        >
          {t('dash.addNps')}
        </button>
      )}
      {widgets && !widgets.some((w) => w.type === 'events') && (
        <p className="muted dash-hint">
          {t('dash.emptyWidgets')} <Link to="/events">{t('dash.toEvents')}</Link>
        </p>
      )}
      {drill && (
        <RatingsDrawer
          title={drill.title}
          query={{ ...query, min_score: drill.min, max_score: drill.max }}
          team={team}
          onClose={() => setDrill(null)}
        />
      )}
    </div>
  );
}

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { addWidget, ENTITY_TYPES, EVENT_TYPES, listEvents, type AppEvent, type EventQuery } from '../../api/analytics';
import { Dialog } from '../../components/Dialog';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/SelectField';
import { usePageTitle } from '../../components/usePageTitle';
import { useContacts } from '../../directory/useContacts';
import { useTeam } from '../../directory/useTeam';
import type { MessageKey } from '../../i18n/en';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/useT';
import { useToast } from '../../toast/useToast';
import { useLiveTick } from '../dashboard/useLiveTick';
import { entityPath, valueText } from './eventText';
import { mergeNewest } from './liveMerge';

const FILTER_KEYS = ['type', 'from', 'to', 'user_id', 'entity_type'] as const;

/** EventsView is Analytics → Events: a filtered, endlessly scrolling table of what happened. */
export function EventsView() {
  const t = useT();
  const { lang } = useLanguage();
  usePageTitle(t('events.title'));
  const toast = useToast();
  const navigate = useNavigate();
  const team = useTeam();
  const [params, setParams] = useSearchParams();
  const filter: EventQuery = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filter[k] = v;
  }
  const key = JSON.stringify(filter);

  const [items, setItems] = useState<AppEvent[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [state, setState] = useState<'loading' | 'ready' | 'error' | 'more'>('loading');
  const [reload, setReload] = useState(0);
  const [fresh, setFresh] = useState(false);
  const [dialog, setDialog] = useState(false);
  const [title, setTitle] = useState('');
  const [saving, setSaving] = useState(false);
  const sentinel = useRef<HTMLDivElement>(null);
  const liveTick = useLiveTick(['message.created', 'conversation.created', 'conversation.updated', 'nps.rating_added', 'event.created'], 600);

  useEffect(() => {
    const ctl = new AbortController();
    setState('loading');
    listEvents(JSON.parse(key) as EventQuery, undefined, ctl.signal).then(
      (page) => {
        setItems(page.items);
        setCursor(page.next_cursor);
        setState('ready');
        setFresh(false);
      },
      (e: unknown) => {
        if (!(e instanceof DOMException)) setState('error');
      },
    );
    return () => ctl.abort();
  }, [key, reload]);

  // The server sends no event.created frame: after activity, read the first page again
  // and put what is new on top; only when too much arrived to join up, offer a refresh.
  useEffect(() => {
    if (liveTick === 0) return;
    const ctl = new AbortController();
    listEvents(JSON.parse(key) as EventQuery, undefined, ctl.signal).then(
      (page) => {
        setItems((current) => {
          const merged = mergeNewest(current, page.items, page.next_cursor !== undefined);
          if (merged.gap) setFresh(true);
          // An empty list takes the page as its first one, cursor included.
          if (current.length === 0) setCursor(page.next_cursor);
          return merged.items;
        });
      },
      () => undefined,
    );
    return () => ctl.abort();
    // Only a new tick reads again; a changed filter reloads through the effect above.
  }, [liveTick]);

  const loadMore = useCallback(() => {
    if (!cursor || state !== 'ready') return;
    setState('more');
    listEvents(JSON.parse(key) as EventQuery, cursor).then(
      (page) => {
        setItems((prev) => [...prev, ...page.items]);
        setCursor(page.next_cursor);
        setState('ready');
      },
      () => setState('ready'),
    );
  }, [cursor, state, key]);

  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadMore(), { rootMargin: '300px' });
    io.observe(el);
    return () => io.disconnect();
  }, [loadMore]);

  const contactIds = [...new Set(items.filter((e) => e.author.type === 'contact' && e.author.id !== undefined).map((e) => e.author.id!))];
  const contacts = useContacts(contactIds);

  const setFilter = (k: (typeof FILTER_KEYS)[number], v: string) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };

  const typeName = (type: string) => t(`evt.${type}` as MessageKey);
  const author = (e: AppEvent) => {
    switch (e.author.type) {
      case 'user':
        return team.byId(e.author.id)?.name ?? t('ev.userN', { id: String(e.author.id ?? '') });
      case 'contact': {
        const c = e.author.id !== undefined ? contacts.get(String(e.author.id)) : undefined;
        return c?.name ? t('ev.customer', { name: c.name }) : t('ev.customerAnon');
      }
      case 'bot':
        return t('ev.bot');
      default:
        return t('ev.system');
    }
  };
  const entityLabel = (e: AppEvent) => {
    const id = String(e.entity.id ?? '');
    switch (e.entity.type) {
      case 'conversation':
        return t('ev.conversation', { id });
      case 'deal':
        return t('ev.deal', { id });
      case 'customer':
        return t('ev.customerCard', { id });
      default:
        return t('ev.contact', { id });
    }
  };

  const openCreate = () => {
    if (!filter.type) {
      toast.show({ tone: 'info', message: t('ev.widgetNeedsType') });
      return;
    }
    setTitle(typeName(filter.type));
    setDialog(true);
  };
  const create = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!filter.type || !title.trim()) return;
    setSaving(true);
    try {
      const w = await addWidget({
        type: 'events',
        title: title.trim(),
        filter: { type: filter.type, ...(filter.user_id ? { user_id: Number(filter.user_id) } : {}) },
      });
      setDialog(false);
      toast.show({
        tone: 'success',
        message: t('ev.widgetCreated', { title: w.title }),
        action: { label: t('ev.toDashboard'), onClick: () => navigate('/dashboard') },
      });
    } catch {
      toast.show({ tone: 'error', message: t('ev.widgetError') });
    } finally {
      setSaving(false);
    }
  };

  const hasFilter = FILTER_KEYS.some((k) => params.get(k));
  return (
    <div className="page page-events">
      <PageHeader
        title={t('events.title')}
        actions={
          <button type="button" className="btn btn-primary" onClick={openCreate} disabled={!filter.type} title={filter.type ? undefined : t('ev.widgetNeedsType')}>
            {t('ev.createWidget')}
          </button>
        }
      />
      <div className="filter-bar">
        <SelectField
          label={t('ev.type')}
          value={filter.type ?? ''}
          onChange={(e) => setFilter('type', e.target.value)}
          options={[{ value: '', label: t('ev.allTypes') }, ...EVENT_TYPES.map((v) => ({ value: v, label: typeName(v) }))]}
        />
        <label className="field">
          <span className="field-label">{t('period.from')}</span>
          <input type="date" className="input" value={filter.from ?? ''} max={filter.to} onChange={(e) => setFilter('from', e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('period.to')}</span>
          <input type="date" className="input" value={filter.to ?? ''} min={filter.from} onChange={(e) => setFilter('to', e.target.value)} />
        </label>
        <SelectField
          label={t('filter.user')}
          value={filter.user_id ?? ''}
          onChange={(e) => setFilter('user_id', e.target.value)}
          options={[{ value: '', label: t('filter.allUsers') }, ...team.users.map((u) => ({ value: String(u.id), label: u.name }))]}
        />
        <SelectField
          label={t('ev.entityType')}
          value={filter.entity_type ?? ''}
          onChange={(e) => setFilter('entity_type', e.target.value)}
          options={[{ value: '', label: t('ev.allEntities') }, ...ENTITY_TYPES.map((v) => ({ value: v, label: t(`ent.${v}`) }))]}
        />
        {hasFilter && (
          <button type="button" className="btn btn-ghost filter-clear" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('ev.clear')}
          </button>
        )}
      </div>
      {fresh && (
        <button type="button" className="btn btn-secondary fresh-pill" onClick={() => setReload((n) => n + 1)}>
          ↻ {t('ev.newEvents')}
        </button>
      )}
      {state === 'error' && <p className="field-error">{t('ev.loadError')}</p>}
      <div className="table-card">
        <table className="table events-table">
          <thead>
            <tr>
              <th scope="col">{t('ev.date')}</th>
              <th scope="col">{t('ev.author')}</th>
              <th scope="col">{t('ev.object')}</th>
              <th scope="col">{t('ev.name')}</th>
              <th scope="col">{t('ev.value')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => {
              const path = entityPath(e);
              const before = valueText(e.value_before);
              const after = valueText(e.value_after);
              return (
                <tr key={String(e.id)} data-event-type={e.type}>
                  <td className="nowrap">
                    <time dateTime={e.created_at}>{formatDateTime(e.created_at, lang)}</time>
                  </td>
                  <td>{author(e)}</td>
                  <td>{path ? <Link to={path}>{entityLabel(e)}</Link> : entityLabel(e)}</td>
                  <td>
                    <span className={`event-name ev-${e.type}`}>{typeName(e.type)}</span>
                  </td>
                  <td className="event-value">
                    {before && <span className="muted">{before}</span>}
                    {before && after && ' → '}
                    {after && <strong>{after}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {state === 'ready' && items.length === 0 && <p className="muted table-empty">{t('ev.empty')}</p>}
        <div ref={sentinel} className="table-foot muted">
          {state === 'loading' || state === 'more' ? t('ev.loadingMore') : !cursor && items.length > 0 ? t('ev.end') : ''}
        </div>
      </div>
      <Dialog
        open={dialog}
        title={t('ev.createWidget')}
        onClose={() => setDialog(false)}
        onSubmit={create}
        footer={
          <>
            <button type="button" className="btn btn-secondary" onClick={() => setDialog(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={saving || !title.trim()}>
              {t('ev.createWidget')}
            </button>
          </>
        }
      >
        <label className="field">
          <span className="field-label">{t('ev.widgetTitle')}</span>
          <input className="input" value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </label>
      </Dialog>
    </div>
  );
}

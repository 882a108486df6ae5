import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { listRatings, type Rating, type RatingQuery } from '../../api/analytics';
import type { Team } from '../../directory/useTeam';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/useT';
import { scoreGroup } from '../../charts/scale';

/** RatingsDrawer lists the ratings behind a figure (a group or one score) of the period. */
export function RatingsDrawer({
  title,
  query,
  team,
  onClose,
}: {
  title: string;
  query: RatingQuery;
  team: Team;
  onClose: () => void;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const ref = useRef<HTMLDialogElement>(null);
  const [items, setItems] = useState<Rating[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const key = JSON.stringify(query);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
  }, []);

  useEffect(() => {
    const ctl = new AbortController();
    setState('loading');
    listRatings(JSON.parse(key) as RatingQuery, undefined, 50, ctl.signal).then(
      (page) => {
        setItems(page.items);
        setCursor(page.next_cursor);
        setState('ready');
      },
      (e: unknown) => {
        if (!(e instanceof DOMException)) setState('error');
      },
    );
    return () => ctl.abort();
  }, [key]);

  const more = () => {
    if (!cursor) return;
    listRatings(query, cursor, 50).then((page) => {
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.next_cursor);
    });
  };

  return (
    <dialog ref={ref} className="drawer" aria-labelledby="drawer-title" onClose={onClose} onCancel={onClose}
      onClick={(e) => e.target === ref.current && onClose()}>
      <div className="drawer-inner">
        <header className="drawer-head">
          <h2 id="drawer-title" className="drawer-title">
            {title}
          </h2>
          <button type="button" className="btn btn-ghost" onClick={onClose} aria-label={t('common.close')}>
            ✕
          </button>
        </header>
        {state === 'error' && <p className="field-error">{t('dash.widgetError')}</p>}
        {state === 'ready' && items.length === 0 && <p className="muted">{t('drill.empty')}</p>}
        <ul className="rating-list">
          {items.map((r) => (
            <li key={String(r.id)} className="rating-item">
              <span className={`score-badge tone-${scoreGroup(r.score)}`} aria-label={t('drill.score', { score: r.score })}>
                {r.score}
              </span>
              <div className="rating-body">
                <div className="rating-line">
                  <strong>{r.contact_name || '—'}</strong>
                  <span className="muted">{team.byId(r.user_id)?.name ?? ''}</span>
                </div>
                <div className="rating-meta muted">
                  <time dateTime={r.created_at}>{formatDateTime(r.created_at, lang)}</time>
                  {' · '}
                  <Link to={`/inbox/${r.conversation_id}`}>{t('drill.open')}</Link>
                </div>
                {r.comment && <p className="rating-comment">“{r.comment}”</p>}
              </div>
            </li>
          ))}
        </ul>
        {cursor && (
          <button type="button" className="btn btn-secondary" onClick={more}>
            {t('drill.more')}
          </button>
        )}
      </div>
    </dialog>
  );
}

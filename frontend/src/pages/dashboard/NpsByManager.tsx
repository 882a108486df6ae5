import { useEffect, useState } from 'react';
import { npsByUser, type NpsUserStats, type PeriodQuery } from '../../api/analytics';
import { npsTone } from '../../charts/scale';
import { useT } from '../../i18n/useT';

const GROUPS = ['promoters', 'passives', 'detractors'] as const;

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** SplitMini is a manager's promoters / passives / detractors as a small bar with the numbers. */
function SplitMini({ row, label }: { row: NpsUserStats; label: string }) {
  return (
    <div className="mgr-split" role="img" aria-label={label} title={label}>
      <span className="mgr-split-bar" aria-hidden="true">
        {GROUPS.map((g) => (row[g] > 0 ? <span key={g} className={`tone-${g}`} style={{ flexGrow: row[g] }} /> : null))}
      </span>
      <span className="mgr-split-nums" aria-hidden="true">
        {GROUPS.map((g) => (
          <span key={g} className={`mgr-num-${g}`}>
            {row[g]}
          </span>
        ))}
      </span>
    </div>
  );
}

/**
 * NpsByManager is the NPS widget's per-manager table for the dashboard's period,
 * reloaded on the same live tick. The manager of the dashboard's filter is highlighted;
 * picking a row sets the filter to that manager (picking it again clears it).
 */
export function NpsByManager({
  query,
  tick,
  selected,
  onPick,
}: {
  query: PeriodQuery;
  tick: number;
  selected?: string;
  onPick: (userId: string) => void;
}) {
  const t = useT();
  const [rows, setRows] = useState<NpsUserStats[] | null>(null);
  const [error, setError] = useState(false);
  const { from, to } = query;

  useEffect(() => {
    const ctl = new AbortController();
    npsByUser({ from, to }, ctl.signal).then(
      (d) => {
        setRows(d.items);
        setError(false);
      },
      (e: unknown) => {
        if (!(e instanceof DOMException)) setError(true);
      },
    );
    return () => ctl.abort();
  }, [from, to, tick]);

  return (
    <div className="mgr" data-testid="nps-by-manager">
      <h3 className="widget-sub">{t('dash.byManager')}</h3>
      {error && !rows && <p className="field-error">{t('dash.widgetError')}</p>}
      {rows && rows.length === 0 && <p className="muted">{t('dash.byManager.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="mgr-scroll">
          <table className="mgr-table">
            <thead>
              <tr>
                <th scope="col">{t('dash.byManager.manager')}</th>
                <th scope="col" className="num">
                  {t('dash.byManager.ratings')}
                </th>
                <th scope="col" className="num">
                  {t('dash.nps')}
                </th>
                <th scope="col">{t('dash.byManager.split')}</th>
                <th scope="col" className="num">
                  {t('dash.byManager.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const id = String(r.user_id);
                const picked = selected === id;
                return (
                  <tr
                    key={id}
                    className={`${picked ? 'mgr-picked' : ''}${r.active ? '' : ' mgr-inactive'}`}
                    data-user-id={id}
                    onClick={() => onPick(picked ? '' : id)}
                  >
                    <th scope="row">
                      <button
                        type="button"
                        className="mgr-name"
                        aria-pressed={picked}
                        title={t(picked ? 'dash.byManager.unpick' : 'dash.byManager.pick', { name: r.name })}
                        onClick={(e) => {
                          e.stopPropagation();
                          onPick(picked ? '' : id);
                        }}
                      >
                        {r.name || `#${id}`}
                      </button>
                      {!r.active && <span className="muted small"> · {t('dash.byManager.inactive')}</span>}
                    </th>
                    <td className="num" data-testid="mgr-total">
                      {r.total}
                    </td>
                    <td className="num">
                      {r.total > 0 ? (
                        <strong className={`mgr-nps tone-${npsTone(r.nps)}`} data-testid="mgr-nps">
                          {signed(r.nps)}
                        </strong>
                      ) : (
                        <span className="muted" data-testid="mgr-nps">
                          —
                        </span>
                      )}
                    </td>
                    <td>
                      {r.total > 0 ? (
                        <SplitMini
                          row={r}
                          label={t('dash.byManager.splitLabel', { promoters: r.promoters, passives: r.passives, detractors: r.detractors })}
                        />
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="num">
                      {r.sent > 0 ? (
                        <>
                          <span data-testid="mgr-rate">{r.response_rate}%</span>
                          <span className="muted small mgr-rate-of">{t('dash.byManager.rateOf', { answered: r.answered, sent: r.sent })}</span>
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

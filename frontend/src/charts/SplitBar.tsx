export type Group = 'detractors' | 'passives' | 'promoters';

/**
 * SplitBar is the promoters / passives / detractors split as one stacked bar; each
 * segment is a button (drill-down) and says its percentage in writing, not only colour.
 */
export function SplitBar({
  parts,
  onPick,
}: {
  parts: { group: Group; label: string; pct: number; count: number }[];
  onPick?: (group: Group) => void;
}) {
  return (
    <div className="split">
      <div className="split-bar">
        {parts.map((p) =>
          p.count > 0 ? (
            <button
              key={p.group}
              type="button"
              className={`split-seg tone-${p.group}`}
              style={{ flexGrow: Math.max(p.pct, 0.5) }}
              onClick={() => onPick?.(p.group)}
              aria-label={`${p.label}: ${p.pct}% (${p.count})`}
              data-group={p.group}
            >
              {p.pct >= 12 ? `${Math.round(p.pct)}%` : ''}
            </button>
          ) : null,
        )}
      </div>
      <ul className="split-legend">
        {parts.map((p) => (
          <li key={p.group}>
            <button type="button" className="split-legend-item" onClick={() => onPick?.(p.group)} disabled={p.count === 0} data-legend={p.group}>
              <span className={`swatch tone-${p.group}`} aria-hidden="true" />
              <span className="split-legend-label">{p.label}</span>
              <strong className="split-legend-pct">{p.pct}%</strong>
              <span className="split-legend-count">{p.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

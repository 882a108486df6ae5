import { scoreGroup, niceMax } from './scale';

/** ScoreBars is the distribution of scores 0–10: one bar per score, its count written above. */
export function ScoreBars({
  scores,
  label,
  barLabel,
  onPick,
}: {
  scores: Record<string, number>;
  label: string;
  barLabel: (score: number, count: number) => string;
  onPick?: (score: number) => void;
}) {
  const values = Array.from({ length: 11 }, (_, i) => scores[String(i)] ?? 0);
  const max = niceMax(Math.max(...values));
  const H = 80;
  return (
    <div className="score-bars" role="group" aria-label={label}>
      {values.map((n, i) => {
        const h = n === 0 ? 2 : Math.max(4, Math.round((n / max) * H));
        return (
          <button
            key={i}
            type="button"
            className="score-col"
            onClick={() => onPick?.(i)}
            disabled={n === 0}
            aria-label={barLabel(i, n)}
            title={barLabel(i, n)}
            data-score={i}
          >
            <span className="score-count">{n}</span>
            <svg width="100%" height={H} viewBox={`0 0 20 ${H}`} preserveAspectRatio="none" aria-hidden="true">
              <rect x="2" y={H - h} width="16" height={h} rx="2" className={`fill-${scoreGroup(i)}`} />
            </svg>
            <span className="score-label">{i}</span>
          </button>
        );
      })}
    </div>
  );
}

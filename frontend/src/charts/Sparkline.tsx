import { sparkPath } from './scale';

/** Sparkline is a small line of counts per day; it stretches to its box's width. */
export function Sparkline({ values, label, height = 40 }: { values: number[]; label: string; height?: number }) {
  const W = 200;
  const d = sparkPath(values, W, height, 3);
  const area = d ? `${d} L${W - 3},${height} L3,${height} Z` : '';
  return (
    <svg className="sparkline" width="100%" height={height} viewBox={`0 0 ${W} ${height}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <title>{label}</title>
      {area && <path d={area} className="spark-area" />}
      {d && <path d={d} className="spark-line" fill="none" vectorEffect="non-scaling-stroke" />}
    </svg>
  );
}

import { useId } from 'react';
import { linear } from './scale';

export interface Point {
  label: string;
  value: number | null;
  title?: string;
}

/**
 * LineChart draws NPS per bucket on a fixed −100…+100 axis, with the zero line, each
 * point's value written next to it, and gaps where a bucket had no ratings. The drawing
 * is one image to assistive technology, described by a visually hidden list of the
 * buckets (each point's title, or its label and value).
 */
export function LineChart({ points, label, height = 180 }: { points: Point[]; label: string; height?: number }) {
  const describedBy = useId();
  const W = Math.max(320, points.length * 44);
  const padL = 34;
  const padR = 14;
  const padT = 18;
  const padB = 24;
  const x = linear(0, Math.max(points.length - 1, 1), padL + 10, W - padR - 10);
  const y = linear(-100, 100, height - padB, padT);
  const segs: string[] = [];
  let cur = '';
  points.forEach((p, i) => {
    const px = points.length === 1 ? (padL + W - padR) / 2 : x(i);
    if (p.value === null) {
      if (cur) segs.push(cur);
      cur = '';
      return;
    }
    cur += `${cur ? 'L' : 'M'}${px.toFixed(1)},${y(p.value).toFixed(1)} `;
  });
  if (cur) segs.push(cur);
  const every = Math.ceil(points.length / 12);
  return (
    <div className="linechart-scroll">
      <svg className="linechart" width={W} height={height} viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label} aria-describedby={describedBy}>
        {[100, 50, 0, -50, -100].map((v) => (
          <g key={v}>
            <line x1={padL} x2={W - padR} y1={y(v)} y2={y(v)} className={v === 0 ? 'axis-zero' : 'grid'} />
            <text x={padL - 6} y={y(v) + 4} textAnchor="end" className="axis-text">
              {v > 0 ? `+${v}` : v}
            </text>
          </g>
        ))}
        {segs.map((d, i) => (
          <path key={i} d={d} className="line" fill="none" />
        ))}
        {points.map((p, i) => {
          const px = points.length === 1 ? (padL + W - padR) / 2 : x(i);
          return (
            <g key={i}>
              {p.value !== null && (
                <>
                  <circle cx={px} cy={y(p.value)} r="3.5" className="dot">
                    <title>{p.title ?? `${p.label}: ${p.value}`}</title>
                  </circle>
                  <text x={px} y={y(p.value) - 8} textAnchor="middle" className="point-text">
                    {p.value > 0 ? "+" : ""}{Math.round(p.value)}
                  </text>
                </>
              )}
              {i % every === 0 && (
                <text x={px} y={height - 6} textAnchor="middle" className="axis-text">
                  {p.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul id={describedBy} className="sr-only">
        {points.map((p, i) => (
          <li key={i}>{p.title ?? `${p.label}: ${p.value ?? '—'}`}</li>
        ))}
      </ul>
    </div>
  );
}

import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
}

interface Props {
  title: string;
  bars: readonly Bar[];
  /** Pixels per bar row. */
  rowHeight?: number;
  width?: number;
}

/**
 * Horizontal bars in inline SVG; no chart library for a handful of numbers. The numbers are
 * also in the text (and a table for screen readers), so the picture is never the only source.
 */
export function BarChart({ title, bars, rowHeight = 28, width = 480 }: Props) {
  const id = useId();
  const labelWidth = 150;
  const valueWidth = 48;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = width - labelWidth - valueWidth;
  const height = bars.length * rowHeight;
  return (
    <figure className="bar-chart">
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
        {bars.map((b, i) => {
          const y = i * rowHeight;
          const w = Math.round((b.value / max) * plot);
          return (
            <g key={b.label} transform={`translate(0, ${y})`}>
              <text x={labelWidth - 8} y={rowHeight / 2} dominantBaseline="middle" textAnchor="end" className="bar-label">
                {b.label}
              </text>
              <rect x={labelWidth} y={4} width={Math.max(w, b.value > 0 ? 2 : 0)} height={rowHeight - 8} rx={3} className="bar" />
              <text x={labelWidth + w + 6} y={rowHeight / 2} dominantBaseline="middle" className="bar-value">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
      <table id={`${id}-d`} className="visually-hidden">
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{b.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

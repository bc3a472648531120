// Plain SVG charts (no chart library: a line, a goal line and bars need a few dozen lines, keep the bundle small and
// leave every text to the page). Each chart has a short accessible name; the data table beside it holds the same
// numbers for anyone who cannot see the chart.
import { formatNumber } from '../../components/format';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 16, bottom: 36, left: 48 };

/** The axis' top: the next 1, 2 or 5 times a power of ten at or above the highest value, so ticks read well. */
export function roundUp(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

export interface ChartPoint {
  label: string;
  value: number | null;
}

/** A monthly line with an optional horizontal goal line. */
export function LineChart({
  points,
  goal,
  title,
}: {
  points: readonly ChartPoint[];
  goal?: number;
  title: string;
}) {
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const top = roundUp(Math.max(1, goal ?? 0, ...values));
  const x = (index: number): number =>
    PAD.left + (points.length <= 1 ? 0 : (index / (points.length - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (value: number): number => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const path = points
    .map((point, index) => (point.value === null ? '' : `${x(index)},${y(point.value)}`))
    .filter(Boolean)
    .join(' ');
  const step = Math.max(1, Math.ceil(points.length / 8));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="console-chart" role="img" aria-label={title}>
      <line
        x1={PAD.left}
        y1={HEIGHT - PAD.bottom}
        x2={WIDTH - PAD.right}
        y2={HEIGHT - PAD.bottom}
        stroke="#000"
      />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} stroke="#000" />
      {[0, 0.5, 1].map((fraction) => (
        <text key={fraction} x={PAD.left - 6} y={y(top * fraction) + 4} textAnchor="end">
          {formatNumber(top * fraction)}
        </text>
      ))}
      {points.map((point, index) =>
        index % step === 0 ? (
          <text key={point.label} x={x(index)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
            {point.label}
          </text>
        ) : null,
      )}
      {goal !== undefined ? (
        <>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(goal)}
            y2={y(goal)}
            stroke="#b20000"
            strokeDasharray="6 4"
            strokeWidth={2}
          />
          <text x={WIDTH - PAD.right} y={y(goal) - 6} textAnchor="end">
            doel {formatNumber(goal)}
          </text>
        </>
      ) : null}
      <polyline points={path} fill="none" stroke="#01689b" strokeWidth={3} />
      {points.map((point, index) =>
        point.value === null ? null : (
          <circle key={point.label} cx={x(index)} cy={y(point.value)} r={4} fill="#01689b" />
        ),
      )}
    </svg>
  );
}

/** Horizontal bars, one per labelled value. */
export function BarChart({ bars, title }: { bars: readonly ChartPoint[]; title: string }) {
  const top = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const rowHeight = 28;
  const labelWidth = 200;
  const height = bars.length * rowHeight + 8;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="console-chart" role="img" aria-label={title}>
      {bars.map((bar, index) => {
        const width = ((bar.value ?? 0) / top) * (WIDTH - labelWidth - 60);
        const yPos = index * rowHeight + 4;
        return (
          <g key={bar.label}>
            <text x={labelWidth - 8} y={yPos + 17} textAnchor="end">
              {bar.label}
            </text>
            <rect x={labelWidth} y={yPos} width={width} height={rowHeight - 8} fill="#01689b" />
            <text x={labelWidth + width + 6} y={yPos + 17}>
              {bar.value === null ? 'geen' : formatNumber(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Progress towards a target as a bar with its percentage in words. */
export function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  if (percent === null) return <span>{label}: geen doel</span>;
  return (
    <span className="console-progress">
      <span
        className="console-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(Math.min(100, percent))}
        aria-label={label}
      >
        <span className="console-bar__part--progress" style={{ width: `${Math.min(100, percent)}%` }} />
      </span>
      <span>
        {label}: {formatNumber(percent)}%
      </span>
    </span>
  );
}

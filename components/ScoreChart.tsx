export interface ScorePoint {
  /** Epoch milliseconds. */
  at: number;
  score: number;
}

export interface ScoreChartProps {
  points: readonly ScorePoint[];
  width?: number;
  height?: number;
}

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
const when = (at: number) => new Date(at).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * Scores (0–100) over successive drafts: a score axis, dated points with their values, and a text
 * alternative. Up to 12 points are labelled with their score; beyond that the first, best and last.
 */
export function ScoreChart({ points, width = 300, height = 150 }: ScoreChartProps) {
  if (points.length === 0) return <p class="sc-none" data-testid="history-empty">No scores yet: write a draft to start your history.</p>;
  const left = 30;
  const right = 12;
  const top = 16;
  const bottom = 24;
  const x = (i: number) => (points.length === 1 ? (left + width - right) / 2 : left + (i * (width - left - right)) / (points.length - 1));
  const y = (score: number) => top + ((100 - Math.max(0, Math.min(100, score))) * (height - top - bottom)) / 100;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const first = points[0]!.score;
  const last = points[points.length - 1]!.score;
  const best = Math.max(...points.map((p) => p.score));
  const bestAt = points.findIndex((p) => p.score === best);
  const summary = `${points.length} draft${points.length === 1 ? '' : 's'}: from ${first} to ${last}, best ${best}`;
  const labelled = (i: number) => points.length <= 12 || i === 0 || i === points.length - 1 || i === bestAt;
  const firstDay = day(points[0]!.at);
  const lastDay = day(points[points.length - 1]!.at);
  return (
    <figure class="sc-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Score history, ${summary}`}>
        {[0, 50, 100].map((g) => (
          <g key={g}>
            <line class="sc-grid" x1={left} x2={width - right} y1={y(g)} y2={y(g)} />
            <text class="sc-axis" x={left - 6} y={y(g) + 4} text-anchor="end">{g}</text>
          </g>
        ))}
        <line class="sc-axis-line" x1={left} x2={left} y1={y(100)} y2={y(0)} />
        <path class="sc-line" d={path} fill="none" />
        {points.map((p, i) => (
          <g key={p.at}>
            <circle class="sc-dot" cx={x(i)} cy={y(p.score)} r={3.5} data-score={p.score} data-at={p.at}>
              <title>{`${when(p.at)}: score ${p.score}`}</title>
            </circle>
            {labelled(i) ? (
              <text class="sc-value" x={x(i)} y={y(p.score) - 7} text-anchor="middle">{p.score}</text>
            ) : null}
          </g>
        ))}
        <text class="sc-axis" x={x(0)} y={height - 6} text-anchor={points.length === 1 ? 'middle' : 'start'}>{firstDay}</text>
        {points.length > 1 && lastDay !== firstDay ? (
          <text class="sc-axis" x={x(points.length - 1)} y={height - 6} text-anchor="end">{lastDay}</text>
        ) : null}
      </svg>
      <figcaption>
        {summary}; {firstDay === lastDay ? `on ${firstDay}` : `${firstDay} to ${lastDay}`}. Hover a point for its date and time.
      </figcaption>
    </figure>
  );
}

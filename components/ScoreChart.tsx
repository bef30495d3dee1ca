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

/** A small SVG line chart of scores (0–100) over successive drafts, with a text alternative. */
export function ScoreChart({ points, width = 280, height = 90 }: ScoreChartProps) {
  if (points.length === 0) return <p class="sc-none" data-testid="history-empty">No scores yet: write a draft to start your history.</p>;
  const pad = 8;
  const x = (i: number) => (points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (score: number) => pad + ((100 - Math.max(0, Math.min(100, score))) * (height - 2 * pad)) / 100;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const first = points[0]!.score;
  const last = points[points.length - 1]!.score;
  const summary = `${points.length} draft${points.length === 1 ? '' : 's'}: from ${first} to ${last}, best ${Math.max(...points.map((p) => p.score))}`;
  return (
    <figure class="sc-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Score history, ${summary}`}>
        {[0, 50, 100].map((g) => (
          <line key={g} class="sc-grid" x1={pad} x2={width - pad} y1={y(g)} y2={y(g)} />
        ))}
        <path class="sc-line" d={path} fill="none" />
        {points.map((p, i) => (
          <circle key={p.at} class="sc-dot" cx={x(i)} cy={y(p.score)} r={3} data-score={p.score}>
            <title>{`${new Date(p.at).toLocaleString()}: ${p.score}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}

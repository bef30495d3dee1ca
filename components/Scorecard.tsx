import { DIMENSIONS, type Report } from '../lib/types';
import { DIMENSION_LABELS } from './labels';

export interface ScorecardProps {
  report: Report;
}

/** The overall score and the six dimensions, weakest first. */
export function Scorecard({ report }: ScorecardProps) {
  const dims = [...DIMENSIONS].sort((a, b) => report.dimensions[a].score - report.dimensions[b].score);
  return (
    <section class="scorecard" aria-label="STAR scorecard">
      <p class="score">
        <strong data-testid="overall-score">{report.score}</strong>
        <span>/100</span>
      </p>
      <ul class="dimensions">
        {dims.map((d) => {
          const r = report.dimensions[d];
          return (
            <li key={d} data-dimension={d} data-status={r.status}>
              <span class="dim-name">{DIMENSION_LABELS[d]}</span>
              <span class="dim-score">{r.score}</span>
              <span class="dim-summary">{r.summary}</span>
            </li>
          );
        })}
      </ul>
      <p class="stats">
        {report.stats.words} words · about {report.stats.speakingSeconds}s spoken
      </p>
    </section>
  );
}

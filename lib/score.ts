import { DIMENSIONS, type Dimension, type DimensionResult, type Finding, type Severity } from './types';

const PENALTY = { major: 40, minor: 20, hint: 0 } satisfies Record<Severity, number>;

const STRONG_SUMMARY = {
  ownership: 'Every action is visibly yours.',
  scope: 'You say the problem was outside your remit and nobody assigned it.',
  quantification: 'The result is measured, translated into business value and spread.',
  validation: 'You confirmed the cause and verified the fix.',
  reflection: 'The lesson is specific and systemic.',
  structure: 'You reach the problem fast, then act, then land the result.',
} satisfies Record<Dimension, string>;

/** Score each dimension from its findings: 100 minus the penalties, strong only when nothing major or minor remains. */
export function scoreDimensions(findings: Finding[]): Record<Dimension, DimensionResult> {
  const out = {} as Record<Dimension, DimensionResult>;
  for (const d of DIMENSIONS) {
    const mine = findings.filter((f) => f.dimension === d && f.severity !== 'hint');
    const score = Math.max(0, 100 - mine.reduce((sum, f) => sum + PENALTY[f.severity], 0));
    const worst = mine.find((f) => f.severity === 'major') ?? mine[0];
    out[d] = {
      score,
      status: mine.length === 0 ? 'strong' : 'needs-work',
      summary: worst ? worst.message : STRONG_SUMMARY[d],
    };
  }
  return out;
}

export function overallScore(dimensions: Record<Dimension, DimensionResult>): number {
  const total = DIMENSIONS.reduce((sum, d) => sum + dimensions[d].score, 0);
  return Math.round(total / DIMENSIONS.length);
}

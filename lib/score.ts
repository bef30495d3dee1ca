import { DIMENSIONS, type Dimension, type DimensionResult, type Finding, type Focus, type Level, type ResolvedOptions, type Severity } from './types';
import { FINDING_KINDS, isFindingId } from './findings';

const PENALTY = { major: 40, minor: 20, hint: 0 } satisfies Record<Severity, number>;

/** How much each dimension counts towards the overall score, by interviewer focus (the seed's three tellings). */
export const FOCUS_WEIGHTS = {
  balanced: { ownership: 1, scope: 1, quantification: 1, validation: 1, reflection: 1, structure: 1 },
  outcome: { ownership: 1, scope: 0.75, quantification: 2, validation: 0.75, reflection: 0.75, structure: 1.5 },
  ownership: { ownership: 2, scope: 2, quantification: 0.5, validation: 1, reflection: 0.75, structure: 1 },
  technical: { ownership: 1, scope: 0.75, quantification: 0.5, validation: 2, reflection: 1, structure: 1 },
} satisfies Record<Focus, Record<Dimension, number>>;

/** Senior answers are judged more on organisational thinking. */
const LEVEL_WEIGHTS = {
  entry: { ownership: 1, scope: 0.75, quantification: 1, validation: 1, reflection: 0.75, structure: 1 },
  mid: { ownership: 1, scope: 1, quantification: 1, validation: 1, reflection: 1, structure: 1 },
  senior: { ownership: 1, scope: 1, quantification: 1, validation: 1, reflection: 1.5, structure: 1 },
} satisfies Record<Level, Record<Dimension, number>>;

const STRONG_SUMMARY = {
  ownership: 'Every action is visibly yours.',
  scope: 'Outside your remit, and nobody assigned it.',
  quantification: 'A measured result, its value and its spread.',
  validation: 'You confirmed the cause and verified the fix.',
  reflection: 'The lesson is specific and systemic.',
  structure: 'Problem fast, then your actions, then the result.',
} satisfies Record<Dimension, string>;

function summarise(d: Dimension, problems: Finding[], options?: ResolvedOptions): string {
  if (problems.length === 0) {
    if (d === 'scope' && options?.question === 'generic') return 'A scope boundary is not needed for this question.';
    if (d === 'scope' && options?.level === 'entry') return 'You say nobody assigned it to you.';
    return STRONG_SUMMARY[d];
  }
  const worst = problems.find((f) => f.severity === 'major') ?? problems[0]!;
  const title = isFindingId(worst.id) ? FINDING_KINDS[worst.id].title : worst.id;
  const more = problems.length - 1;
  return more > 0 ? `${title}, and ${more} more ${more === 1 ? 'issue' : 'issues'}.` : `${title}.`;
}

/** Score each dimension from its findings: 100 minus the penalties, strong only when nothing major or minor remains. */
export function scoreDimensions(findings: Finding[], options?: ResolvedOptions): Record<Dimension, DimensionResult> {
  const out = {} as Record<Dimension, DimensionResult>;
  for (const d of DIMENSIONS) {
    const problems = findings.filter((f) => f.dimension === d && f.severity !== 'hint');
    const score = Math.max(0, 100 - problems.reduce((sum, f) => sum + PENALTY[f.severity], 0));
    out[d] = { score, status: problems.length === 0 ? 'strong' : 'needs-work', summary: summarise(d, problems, options) };
  }
  return out;
}

/** The weighted mean of the dimension scores; focus and level change the weights, never the findings. */
export function overallScore(
  dimensions: Record<Dimension, DimensionResult>,
  focus: Focus = 'balanced',
  level: Level = 'mid',
  /** The question profile's weights (0 = the dimension does not apply); all 1 when absent. */
  question?: Record<Dimension, number>,
): number {
  let total = 0;
  let weights = 0;
  for (const d of DIMENSIONS) {
    const w = FOCUS_WEIGHTS[focus][d] * LEVEL_WEIGHTS[level][d] * (question?.[d] ?? 1);
    total += dimensions[d].score * w;
    weights += w;
  }
  return weights > 0 ? Math.round(total / weights) : 100;
}

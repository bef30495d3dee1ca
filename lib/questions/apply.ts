import { DIMENSIONS, type Dimension, type DimensionResult, type Finding } from '../types';
import type { QuestionProfile } from './types';

/**
 * A profile's say over the general findings: a dimension it does not ask for is neither flagged
 * nor scored, and a finding it adjusts changes severity or is dropped.
 */
export function profileFindings(findings: readonly Finding[], profile: QuestionProfile): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (profile.dimensions[f.dimension] === 0) continue;
    const adjust = profile.adjust?.[f.id];
    if (adjust === 'off') continue;
    out.push(adjust && adjust !== f.severity ? { ...f, severity: adjust } : f);
  }
  return out;
}

const NOT_ASKED = {
  ownership: 'Ownership is not judged for this question.',
  scope: 'A scope boundary is not needed for this question.',
  quantification: 'A measured result is not needed for this question.',
  validation: 'Verification is not needed for this question.',
  reflection: 'A lesson is not needed for this question.',
  structure: 'Structure is not judged for this question.',
} satisfies Record<Dimension, string>;

/** Mark the dimensions a profile does not ask for: they count for nothing and say so. */
export function profileDimensions(dimensions: Record<Dimension, DimensionResult>, profile: QuestionProfile): Record<Dimension, DimensionResult> {
  const out = { ...dimensions };
  for (const d of DIMENSIONS) {
    if (profile.dimensions[d] > 0) continue;
    out[d] = { score: 100, status: 'strong', summary: NOT_ASKED[d], applies: false };
  }
  return out;
}

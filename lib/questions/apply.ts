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

const asks = (profile: QuestionProfile, id: string) => profile.adjust?.[id] !== 'off' && profile.adjust?.[id] !== 'hint';

/** What a strong dimension says when the family asks something other than the seed's rubric; null keeps the rubric's line. */
export function strongSummary(profile: QuestionProfile, d: Dimension): string | null {
  const own = new Set(profile.findings ?? []);
  switch (d) {
    case 'ownership':
      if (own.has('missing-commitment')) return 'Your actions, and your commitment to the decision.';
      if (own.has('blames-others')) return 'You own the mistake, blame nobody, act yourself.';
      return null;
    case 'quantification': {
      if (own.has('missing-customer-outcome')) return 'The outcome is measured for the customer.';
      if (asks(profile, 'missing-business-impact') && asks(profile, 'missing-second-order')) return null;
      if (!asks(profile, 'missing-metric')) return 'The outcome is concrete.';
      return asks(profile, 'missing-business-impact') ? 'The result is measured and translated into business value.' : asks(profile, 'missing-second-order') ? 'The result is measured, and others took it up.' : 'The result is measured.';
    }
    case 'validation':
      return own.has('missing-data') ? 'You back your case with data.' : null;
    case 'reflection':
      return own.has('missing-change') ? 'You say what changed afterwards, and it stuck.' : null;
    case 'structure':
      if (own.has('missing-other-view')) return 'Their view told fairly, your actions, the result.';
      if (own.has('missing-customer-need')) return 'Customer’s need first, then actions, then result.';
      return null;
    default:
      return null;
  }
}

/** Mark the dimensions a profile does not ask for (they count for nothing and say so), and say what a strong one means for this family. */
export function profileDimensions(dimensions: Record<Dimension, DimensionResult>, profile: QuestionProfile): Record<Dimension, DimensionResult> {
  const out = { ...dimensions };
  for (const d of DIMENSIONS) {
    if (profile.dimensions[d] > 0) {
      const line = out[d].status === 'strong' ? strongSummary(profile, d) : null;
      if (line) out[d] = { ...out[d], summary: line };
      continue;
    }
    out[d] = { score: 100, status: 'strong', summary: NOT_ASKED[d], applies: false };
  }
  return out;
}

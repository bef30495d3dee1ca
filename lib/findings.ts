import type { Dimension, Finding, Severity, Suggestion } from './types';

/** Every kind of finding the engine emits. */
export const FINDING_IDS = [
  'we-action',
  'passive-action',
  'handoff',
  'opportunistic-motive',
  'assigned',
  'missing-scope',
  'missing-metric',
  'missing-business-impact',
  'missing-second-order',
  'vague-result',
  'assumed-success',
  'missing-validation',
  'generic-reflection',
  'missing-reflection',
  'shallow-reflection',
  'missing-tradeoff',
  'long-situation',
  'architecture-detail',
  'missing-action',
  'missing-result',
  'result-last',
  'thin-investigation',
  'end-to-end',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

export interface FindingKind {
  dimension: Dimension;
  /** A short label for lists and underlines. */
  title: string;
}

/** Finding kind → dimension and label; the UI reads its labels from here. */
export const FINDING_KINDS = {
  'we-action': { dimension: 'ownership', title: '“We” hides your part' },
  'passive-action': { dimension: 'ownership', title: 'Action without an actor' },
  handoff: { dimension: 'ownership', title: 'Handed off, not owned' },
  'opportunistic-motive': { dimension: 'ownership', title: 'Opportunistic motive' },
  assigned: { dimension: 'ownership', title: 'Sounds assigned' },
  'missing-scope': { dimension: 'scope', title: 'No scope boundary' },
  'missing-metric': { dimension: 'quantification', title: 'No before → after metric' },
  'missing-business-impact': { dimension: 'quantification', title: 'No business value' },
  'missing-second-order': { dimension: 'quantification', title: 'No wider effect' },
  'vague-result': { dimension: 'quantification', title: 'Vague result' },
  'assumed-success': { dimension: 'validation', title: 'Success assumed' },
  'missing-validation': { dimension: 'validation', title: 'No verification' },
  'generic-reflection': { dimension: 'reflection', title: 'Generic lesson' },
  'missing-reflection': { dimension: 'reflection', title: 'No lesson' },
  'shallow-reflection': { dimension: 'reflection', title: 'No systemic cause' },
  'missing-tradeoff': { dimension: 'reflection', title: 'No trade-off' },
  'long-situation': { dimension: 'structure', title: 'Slow to the problem' },
  'architecture-detail': { dimension: 'structure', title: 'Architecture tour' },
  'missing-action': { dimension: 'structure', title: 'No actions' },
  'missing-result': { dimension: 'structure', title: 'No result' },
  'result-last': { dimension: 'structure', title: 'Lead with the outcome' },
  'thin-investigation': { dimension: 'validation', title: 'Show the investigation' },
  'end-to-end': { dimension: 'ownership', title: 'Show end-to-end ownership' },
} as const satisfies Record<FindingId, FindingKind>;

export function isFindingId(id: string): id is FindingId {
  return (FINDING_IDS as readonly string[]).includes(id);
}

/** Build a finding; its dimension comes from the table so the two never disagree. */
export function makeFinding(
  id: FindingId,
  severity: Severity,
  span: { start: number; end: number } | null,
  message: string,
  suggestion?: Suggestion,
): Finding {
  const f: Finding = { id, dimension: FINDING_KINDS[id].dimension, severity, message };
  if (span) {
    f.start = span.start;
    f.end = span.end;
  }
  if (suggestion) f.suggestion = suggestion;
  return f;
}

import { CHECKS } from './checks';
import type { Dimension } from './types';

/** Every kind of finding the engine emits, read from the check registry (one check per kind). */
export type FindingId = (typeof CHECKS)[number]['id'];
export const FINDING_IDS: readonly FindingId[] = CHECKS.map((c) => c.id);

export interface FindingKind {
  dimension: Dimension;
  /** A short label for lists and underlines. */
  title: string;
}

/** Finding kind → dimension and label, from each check's own definition. */
export const FINDING_KINDS = Object.fromEntries(
  CHECKS.map((c) => [c.id, { dimension: c.dimension, title: c.title }]),
) as Record<FindingId, FindingKind>;

export function isFindingId(id: string): id is FindingId {
  return Object.prototype.hasOwnProperty.call(FINDING_KINDS, id);
}

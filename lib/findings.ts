import { CHECKS } from './checks';
import type { Dimension } from './types';
import { FAMILY_CHECKS } from './questions/checks';
import type { FamilyFindingId } from './questions/types';

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

/** The question families' own finding kinds (`lib/questions/checks/`), which run only for the profiles that list them. */
export const FAMILY_FINDING_KINDS = Object.fromEntries(
  FAMILY_CHECKS.map((c) => [c.id, { dimension: c.dimension, title: c.title }]),
) as Record<FamilyFindingId, FindingKind>;

/** Dimension and label of any finding id the engine emits, general or family-specific. */
export function findingKind(id: string): FindingKind | undefined {
  if (isFindingId(id)) return FINDING_KINDS[id];
  return Object.prototype.hasOwnProperty.call(FAMILY_FINDING_KINDS, id) ? FAMILY_FINDING_KINDS[id as FamilyFindingId] : undefined;
}

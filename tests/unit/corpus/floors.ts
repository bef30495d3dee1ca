import type { Dimension } from '../../../lib/types';

/**
 * The least share of corpus answers on which the engine's status for a dimension must agree with
 * the hand label (tests/fixtures/answers/*.md). Placeholder floors: 0.5 everywhere until the
 * engine lands; the lead sets them honestly from the measured agreement after the merge.
 */
export const FLOORS = {
  ownership: 0.5,
  scope: 0.5,
  quantification: 0.5,
  validation: 0.5,
  reflection: 0.5,
  structure: 0.5,
} satisfies Record<Dimension, number>;

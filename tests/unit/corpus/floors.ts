import type { Dimension } from '../../../lib/types';

/**
 * The least balanced accuracy per dimension the engine must keep on each split of the labelled
 * corpus (a constant answer scores 0.50). Set a few points under the figure measured at the last
 * engine change (in brackets), so a regression fails while tuning noise does not. The test split's
 * floors come from its aggregate figures only; its answers are never read while a check changes.
 */
export const FLOORS = {
  tuning: {
    ownership: 0.84, // [0.88]
    scope: 0.93, // [0.97]
    quantification: 0.85, // [0.89]
    validation: 0.83, // [0.87]
    reflection: 0.89, // [0.93]
    structure: 0.8, // [0.83, with answers to every question family]
  },
  test: {
    ownership: 0.78, // [0.83]
    scope: 0.87, // [0.92]
    quantification: 0.78, // [0.83]
    validation: 0.8, // [0.85]
    reflection: 0.77, // [0.82]
    structure: 0.69, // [0.74]
  },
} satisfies Record<'tuning' | 'test', Record<Dimension, number>>;

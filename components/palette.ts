import type { Dimension } from '../lib/types';

/**
 * One colour per dimension, wherever a dimension is drawn: underlines (mirror, CSS highlights,
 * Docs marks), the card's dot and the findings list. `entrypoints/highlights.css` repeats them
 * for pages' own stylesheet.
 */
export const DIMENSION_COLOURS = {
  ownership: '#d93025',
  scope: '#e37400',
  quantification: '#1a73e8',
  validation: '#188038',
  reflection: '#9334e6',
  structure: '#5f6368',
} satisfies Record<Dimension, string>;

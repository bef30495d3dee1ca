import { DIMENSIONS, type Dimension } from '../lib/types';

/**
 * One colour per dimension, wherever a dimension is drawn: underlines (mirror, CSS highlights,
 * Docs marks), the card's mark and the findings list. Each has at least 3:1 contrast against
 * white and against a dark page (#202124) and dark card (#2a2b2e), so one palette serves both
 * colour schemes (tests/unit/components/palette.test.ts).
 */
export const DIMENSION_COLOURS = {
  ownership: '#e14a3f',
  scope: '#c25e00',
  quantification: '#2f7de1',
  validation: '#2a9048',
  reflection: '#a050f0',
  structure: '#808488',
} satisfies Record<Dimension, string>;

/** How a dimension's underline is drawn besides its colour, so colour is never the only difference. */
export interface UnderlineStyle {
  style: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
  /** text-decoration-thickness in px. */
  thickness: number;
  /** What the legend calls it. */
  name: string;
}

export const DIMENSION_UNDERLINES = {
  ownership: { style: 'solid', thickness: 2, name: 'solid' },
  scope: { style: 'dashed', thickness: 2, name: 'dashed' },
  quantification: { style: 'dotted', thickness: 3, name: 'dotted' },
  validation: { style: 'double', thickness: 2, name: 'double' },
  reflection: { style: 'wavy', thickness: 2, name: 'wavy' },
  structure: { style: 'solid', thickness: 4, name: 'thick' },
} satisfies Record<Dimension, UnderlineStyle>;

/** A one-letter mark per dimension, shown in the card, the lists and the legend. */
export const DIMENSION_MARKS = {
  ownership: 'O',
  scope: 'S',
  quantification: 'Q',
  validation: 'V',
  reflection: 'R',
  structure: 'T',
} satisfies Record<Dimension, string>;

/** The CSS declarations of a dimension's underline (and its light fill), for every surface. */
export function underlineCss(dimension: Dimension): string {
  const c = DIMENSION_COLOURS[dimension];
  const u = DIMENSION_UNDERLINES[dimension];
  return `text-decoration:underline ${u.style} ${c};text-decoration-thickness:${u.thickness}px;text-decoration-skip-ink:none;background-color:${c}29;`;
}

/** The `::highlight()` rules, one per dimension, under the names `name` gives (random per run in pages). */
export function highlightRules(name: (d: Dimension) => string): string {
  return DIMENSIONS.map((d) => `::highlight(${name(d)}){${underlineCss(d)}}`).join('\n');
}

import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../../lib/types';
import { DIMENSION_COLOURS, DIMENSION_MARKS, DIMENSION_UNDERLINES, underlineCss } from '../../../components/palette';
import { highlightCss, highlightName } from '../../../content/live/surfaces/highlights';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the dimension palette', () => {
  it.each(DIMENSIONS)('%s has at least 3:1 contrast on light and dark pages and cards', (d) => {
    for (const background of ['#ffffff', '#202124', '#2a2b2e', '#000000']) {
      expect(contrast(DIMENSION_COLOURS[d], background), `${d} on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every dimension its own underline (style or thickness) and its own mark, so colour is never the only difference', () => {
    const underlines = DIMENSIONS.map((d) => `${DIMENSION_UNDERLINES[d].style}/${DIMENSION_UNDERLINES[d].thickness}`);
    expect(new Set(underlines).size).toBe(DIMENSIONS.length);
    expect(new Set(DIMENSIONS.map((d) => DIMENSION_UNDERLINES[d].name)).size).toBe(DIMENSIONS.length);
    expect(new Set(DIMENSIONS.map((d) => DIMENSION_MARKS[d])).size).toBe(DIMENSIONS.length);
    for (const d of DIMENSIONS) expect(DIMENSION_MARKS[d]).toMatch(/^[A-Z]$/);
  });

  it('the highlight names are random, one per dimension, and name no dimension', () => {
    const names = DIMENSIONS.map(highlightName);
    expect(new Set(names).size).toBe(DIMENSIONS.length);
    for (const [i, name] of names.entries()) {
      expect(name).toMatch(/^h[0-9a-f]{18}$/);
      expect(name).not.toContain(DIMENSIONS[i]);
    }
    expect(highlightCss()).toBe(DIMENSIONS.map((d) => `::highlight(${highlightName(d)}){${underlineCss(d)}}`).join('\n'));
  });
});

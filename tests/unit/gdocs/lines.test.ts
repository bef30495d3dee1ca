import { describe, expect, it } from 'vitest';
import { fractionsOf, locateLines, piecesFor } from '../../../content/gdocs/lines';

const TEXT = '\u0003Title\nThe logs were analyzed and we figured out the\nroot cause. The logs were fine.\n';

describe('from text offsets to line rectangles', () => {
  it('finds each label in order, so a repeated line maps to its own occurrence', () => {
    const text = '\u0003Done.\nDone.\nDone.\n';
    expect(locateLines(text, ['Done.', 'Done.', 'Done.'])).toEqual([
      { start: 1, end: 6 },
      { start: 7, end: 12 },
      { start: 13, end: 18 },
    ]);
  });

  it('tolerates a label with plain spaces for non-breaking ones and skips labels not in the text', () => {
    const text = 'I cut p95\u00a0latency by 40%.\nNext line';
    expect(locateLines(text, ['I cut p95 latency by 40%. ', 'not there', 'Next line'])).toEqual([
      { start: 0, end: 25 },
      null,
      { start: 26, end: 35 },
    ]);
  });

  it('splits a span across the lines it crosses', () => {
    const labels = ['Title', 'The logs were analyzed and we figured out the', 'root cause. The logs were fine.'];
    const lines = locateLines(TEXT, labels);
    const start = TEXT.indexOf('we figured out the');
    const end = TEXT.indexOf(' The logs were fine');
    expect(piecesFor(lines, start, end)).toEqual([
      { line: 1, from: labels[1]!.indexOf('we figured'), to: labels[1]!.length },
      { line: 2, from: 0, to: 'root cause.'.length },
    ]);
    expect(piecesFor(lines, 0, 1)).toEqual([]);
  });

  it('turns characters into fractions of the rectangle by measured width', () => {
    expect(fractionsOf('abcd', 1, 3)).toEqual([0.25, 0.75]);
    const wide = (s: string) => [...s].reduce((w, c) => w + (c === 'W' ? 3 : 1), 0);
    expect(fractionsOf('Wab', 1, 2, wide)).toEqual([0.6, 0.8]);
    expect(fractionsOf('', 0, 0)).toEqual([0, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { diffText, shiftFindings } from '../../../content/live/edits';
import type { Finding } from '../../../lib/types';

const TEXT = 'Intro. We figured out the root cause together.';
const we: Finding = {
  id: 'we-action', dimension: 'ownership', severity: 'major', start: 7, end: 21, message: 'm',
  suggestion: { text: 'I figured out the root cause.', replaces: { start: 7, end: 46 } },
};
const missing: Finding = { id: 'no-result', dimension: 'quantification', severity: 'major', message: 'No number.' };
const items = [{ finding: we }, { finding: missing }];

describe('diffText', () => {
  it('finds the one changed region', () => {
    expect(diffText('abcdef', 'abXYef')).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('abc', 'abcd')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
  });
});

describe('shiftFindings', () => {
  it('moves spans and the rewrite span when text is typed before them', () => {
    const [moved, kept] = shiftFindings(TEXT, `Long intro. ${TEXT.slice(7)}`, items);
    expect(moved!.finding).toMatchObject({ start: 12, end: 26, suggestion: { replaces: { start: 12, end: 51 } } });
    expect(kept!.finding).toBe(missing);
  });

  it('keeps spans in place when text is typed after them', () => {
    const out = shiftFindings(TEXT, `${TEXT} Then I fixed it.`, items);
    expect(out.map((i) => i.finding)).toEqual([we, missing]);
  });

  it('drops a finding whose words changed, and keeps the findings without a span', () => {
    const out = shiftFindings(TEXT, TEXT.replace('figured', 'found'), items);
    expect(out.map((i) => i.finding.id)).toEqual(['no-result']);
  });

  it('drops a finding when the sentence its rewrite replaces changed', () => {
    const out = shiftFindings(TEXT, TEXT.replace('root cause', 'bug'), items);
    expect(out.map((i) => i.finding.id)).toEqual(['no-result']);
  });
});

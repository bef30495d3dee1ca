import { describe, expect, it } from 'vitest';
import { previewRewrite, sentenceAround, type Piece } from '../../../components/rewrite-preview';

const show = (pieces: Piece[], mark: string) => pieces.map((p) => (p.changed ? `${mark}${p.text}${mark}` : p.text)).join('');
const TEXT = 'Our checkout dropped orders. We looked into it together and we shipped a fix. The team was happy.';

describe('the preview of a rewrite', () => {
  it('shows the whole sentence Apply rewrites, with the words it drops and adds marked', () => {
    const start = TEXT.indexOf('We looked');
    const end = TEXT.indexOf(' The team');
    const p = previewRewrite(TEXT, { start, end }, 'I looked into it and I shipped a fix.');
    expect(show(p.before, '~')).toBe('~We~ looked into it ~together~ and ~we~ shipped a fix.');
    expect(show(p.after, '+')).toBe('+I+ looked into it and +I+ shipped a fix.');
  });

  it('shows an insertion after the sentence it follows', () => {
    const at = TEXT.length;
    const p = previewRewrite(TEXT, { start: at, end: at }, ' [Metric] went from [X] to [Y].');
    expect(show(p.before, '~')).toBe('The team was happy.');
    expect(show(p.after, '+')).toBe('The team was happy. +[Metric] went from [X] to [Y].+');
  });

  it('finds the sentence around a span, and the one before an insertion', () => {
    const start = TEXT.indexOf('together');
    expect(TEXT.slice(...Object.values(sentenceAround(TEXT, start, start + 8)))).toBe('We looked into it together and we shipped a fix.');
    const gap = TEXT.indexOf(' We looked');
    expect(TEXT.slice(...Object.values(sentenceAround(TEXT, gap, gap)))).toBe('Our checkout dropped orders.');
    expect(sentenceAround('', 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

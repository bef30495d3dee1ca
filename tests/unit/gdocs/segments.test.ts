import { describe, expect, it } from 'vitest';
import { isHeading, scopeFor, segmentAnswers, headingAbove } from '../../../content/gdocs/segments';

const DOC = [
  '\u0003Behavioural stories',
  'Tell me about a time you caught an issue?',
  'Our nightly job dropped orders. I traced it to a retry bug.',
  'I shipped a fix and orders recovered by 12%.',
  '',
  'I also wrote a runbook.',
  'Conflict',
  'I disagreed with a senior engineer. We agreed to stage it.',
  '',
].join('\n');

const slices = (text: string) => segmentAnswers(text).map((s) => text.slice(s.start, s.end));

describe('answer segmentation', () => {
  it('tells headings and questions from answer paragraphs', () => {
    expect(isHeading('\u0003Behavioural stories')).toBe(true);
    expect(isHeading('Tell me about a time you caught an issue?')).toBe(true);
    expect(isHeading('Conflict')).toBe(true);
    expect(isHeading('I shipped a fix.')).toBe(false);
    expect(isHeading('I shipped a fix and then I wrote the runbook that the whole team still uses today')).toBe(false);
    expect(isHeading('   ')).toBe(false);
  });

  it('splits answers at headings and blank lines, keeping multi-paragraph answers whole', () => {
    expect(slices(DOC)).toEqual([
      'Our nightly job dropped orders. I traced it to a retry bug.\nI shipped a fix and orders recovered by 12%.',
      'I also wrote a runbook.',
      'I disagreed with a senior engineer. We agreed to stage it.',
    ]);
  });

  it('scopes to the answer holding the caret, or the next one, or the whole document without a caret', () => {
    const at = (needle: string) => DOC.indexOf(needle);
    const scoped = (caret: number | null) => {
      const s = scopeFor(DOC, caret)!;
      return DOC.slice(s.start, s.end);
    };
    expect(scoped(at('retry bug'))).toMatch(/^Our nightly job/);
    expect(scoped(at('orders recovered'))).toMatch(/^Our nightly job/);
    expect(scoped(at('Conflict'))).toBe('I disagreed with a senior engineer. We agreed to stage it.');
    expect(scoped(0)).toMatch(/^Our nightly job/);
    expect(scoped(DOC.length)).toBe('I disagreed with a senior engineer. We agreed to stage it.');
    expect(scoped(null)).toBe(DOC.slice(at('Our nightly'), at('stage it.') + 'stage it.'.length));
  });

  it('analyses a draft without closing punctuation whole, and nothing for an empty document', () => {
    const draft = '\u0003We fixed the bug\n';
    const s = scopeFor(draft, 3)!;
    expect(draft.slice(s.start, s.end)).toBe('We fixed the bug');
    expect(scopeFor('\u0003\n', 0)).toBeNull();
  });
});

describe('headingAbove', () => {
  const doc = 'Interview prep\n\nTell me about a time you disagreed with your manager?\n\nMy manager wanted to ship on Friday.\nI disagreed.\n\nOne more paragraph of another answer.';
  it('gives the heading above an answer, skipping blank lines', () => {
    const start = doc.indexOf('My manager');
    expect(headingAbove(doc, start)).toBe('Tell me about a time you disagreed with your manager?');
  });
  it('gives null when the line above is another answer, or nothing is above', () => {
    expect(headingAbove(doc, doc.indexOf('One more'))).toBeNull();
    expect(headingAbove('Just an answer.', 0)).toBeNull();
  });
});

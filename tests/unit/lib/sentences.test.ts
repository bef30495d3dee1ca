import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../../lib/text/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on sentence ends and keeps offsets exact', () => {
    const t = 'I noticed a 0.3% drop. I traced it!  Then I fixed it?';
    const spans = splitSentences(t);
    expect(spans.map((s) => s.text)).toEqual(['I noticed a 0.3% drop.', 'I traced it!', 'Then I fixed it?']);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split on abbreviations, decimals, initials or money', () => {
    expect(texts('We used e.g. Kafka at $8.5K a week. Dr. Lee agreed.')).toEqual([
      'We used e.g. Kafka at $8.5K a week.',
      'Dr. Lee agreed.',
    ]);
  });

  it('ends a sentence after a figure with a unit letter, but not after an initial', () => {
    expect(texts('Revenue rose by $30K. Looking back, I would add an alert.')).toEqual(['Revenue rose by $30K.', 'Looking back, I would add an alert.']);
    expect(texts('Storage fell to 5M. Then I archived the rest. I asked J. Smith to review.')).toEqual(['Storage fell to 5M.', 'Then I archived the rest.', 'I asked J. Smith to review.']);
  });

  it('treats pasted bullets and line breaks as sentence ends and drops the bullet marker', () => {
    const t = 'Situation:\n- Orders were dropped\n- I traced the cause\n2) I shipped a fix';
    expect(texts(t)).toEqual(['Situation:', 'Orders were dropped', 'I traced the cause', 'I shipped a fix']);
  });

  it('joins hand-wrapped lines that continue in lower case', () => {
    expect(texts('I pulled the delivery\nlogs and traced the failure.')).toEqual(['I pulled the delivery\nlogs and traced the failure.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts words, numbers and money as words', () => {
    expect(countWords('I recovered $8K a week, 0.3% to zero.')).toBe(8);
    expect(countWords('')).toBe(0);
  });
});

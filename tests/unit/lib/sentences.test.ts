import { describe, expect, it } from 'vitest';
import { countWords, MAX_SENTENCE_LENGTH, splitSentences } from '../../../lib/text/sentences';

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
    expect(texts('The probe read 9 °C. I moved the milk to the back fridge.')).toEqual(['The probe read 9 °C.', 'I moved the milk to the back fridge.']);
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

describe('splitSentences on pathological input', () => {
  const covers = (t: string) => {
    const spans = splitSentences(t);
    for (const s of spans) {
      expect(t.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    }
    // Nothing but white space falls between the pieces.
    let at = 0;
    for (const s of spans) {
      expect(t.slice(at, s.start).trim()).toBe('');
      at = s.end;
    }
    expect(t.slice(at).trim()).toBe('');
    return spans;
  };

  it('cuts a run-on sentence into pieces at commas and semicolons', () => {
    const clause = 'I pulled the logs, then I traced the timeout; ';
    const t = clause.repeat(1200);
    const spans = covers(t);
    expect(spans.length).toBeGreaterThan(t.length / MAX_SENTENCE_LENGTH);
    for (const s of spans.slice(0, -1)) expect(s.text).toMatch(/[,;]$/);
  });

  it('cuts a sentence without punctuation at spaces', () => {
    const spans = covers('word '.repeat(10_000));
    for (const s of spans) expect(s.text).toMatch(/^word( word)*$/);
  });

  it('cuts one huge word, 50,000 dots and a run of emoji at the limit, never inside a surrogate pair', () => {
    expect(covers('a'.repeat(20_000)).length).toBe(10);
    expect(covers('.'.repeat(50_000)).length).toBe(25);
    const emoji = '😀'.repeat(25_000);
    const spans = covers(emoji);
    for (const s of spans) expect(s.text).toMatch(/^(?:😀)+$/u);
    // One emoji off the even limit: each cut still falls between two pairs.
    for (const s of covers('x' + emoji)) expect(s.text).toMatch(/^x?(?:😀)+$/u);
  });

  it('leaves every ordinary sentence whole', () => {
    const long = `I ${'carefully '.repeat(150)}traced the failure.`;
    expect(long.length).toBeLessThan(MAX_SENTENCE_LENGTH);
    expect(texts(`${long} Then I fixed it.`)).toEqual([long, 'Then I fixed it.']);
  });
});

import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf, spanOf } from './helpers';

const vague = (text: string) => findingsOf('vague-result', text);
const story = 'I noticed 3% of refunds failed. I traced the failure to an expired token and shipped a fix. ';

describe('vague-result', () => {
  it('flags "the team was happy" with its span (the seed\'s anti-pattern)', () => {
    const text = story + 'The team was happy.';
    const [f] = vague(text);
    expect(spanOf(text, f)).toBe('The team was happy');
    expect(f!.dimension).toBe('quantification');
  });

  it('flags other unmeasured outcomes', () => {
    const t1 = story + 'Everyone was really pleased with how it went.';
    expect(spanOf(t1, vague(t1)[0])).toBe('Everyone was really pleased with how it went');
    const t2 = story + 'It went well and things improved a lot.';
    expect(vague(t2)).toHaveLength(1);
  });

  it('leaves measured results and the situation alone', () => {
    expect(vague(story + 'The failure rate went from 3% to zero and my manager was happy.')).toEqual([]);
    expect(vague('The team was happy with the old process until refunds started failing. I traced the failure.')).toEqual([]);
    expect(vague(answer())).toEqual([]);
  });

  it('replaces the vague clause with a measured placeholder result', () => {
    const text = story + 'The team was happy.';
    const after = applied(text, vague(text)[0]!);
    expect(after).toBe(story + '[Refunds] went from [X] to [Y], worth [$Z/week]; [team] adopted [the pattern].');
    expect(vague(fill(after, ['Failed refunds', '3%', 'zero', '$2K', 'Support', 'the token check']))).toEqual([]);
  });
});

describe('vague-result, other subjects', () => {
  it('underlines from the subject of the evaluation', () => {
    const text = story + 'Product was happy because the funnel numbers finally made sense.';
    expect(spanOf(text, vague(text)[0])).toBe('Product was happy because the funnel numbers finally made sense');
    expect(vague(story + 'I was happy to help the support team.')).toEqual([]);
  });
});

describe('vague-result, "it was fine"', () => {
  it('flags an unmeasured "it was fine" after the actions', () => {
    const text = story + 'It was fine afterwards.';
    expect(spanOf(text, vague(text)[0])).toBe('It was fine afterwards');
  });
});

describe('vague-result, "the results were great"', () => {
  it('flags evaluations of the result without a measure', () => {
    const text = story + 'The results were great.';
    expect(spanOf(text, vague(text)[0])).toBe('The results were great');
    expect(vague(story + 'The results were great: failures fell from 3% to zero.')).toEqual([]);
  });
});

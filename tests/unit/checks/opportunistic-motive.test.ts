import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf, spanOf } from './helpers';

const motives = (text: string) => findingsOf('opportunistic-motive', text);

describe('opportunistic-motive', () => {
  it('flags the seed\'s opportunistic motive with its span', () => {
    const text = 'Because I had some free time and wanted to help.';
    const [f] = motives(text);
    expect(spanOf(text, f)).toBe('Because I had some free time and wanted to help');
    expect(f!.severity).toBe('major');
  });

  it('flags other wordings of the same motive', () => {
    const text = 'I looked into the billing discrepancy since I was between projects, and I found the cause.';
    expect(spanOf(text, motives(text)[0])).toBe('since I was between projects');
    const t2 = 'It was a slow week, so I dug into the failing refunds.';
    expect(motives(t2)).toHaveLength(1);
  });

  it('leaves an impact-driven motive alone', () => {
    expect(motives('I noticed the drop rate was causing customer complaints and revenue loss, which impacted our shared business goals.')).toEqual([]);
    expect(motives('I wanted to understand why 3% of refunds failed.')).toEqual([]);
    expect(motives(answer())).toEqual([]);
  });

  it('rewrites the motive clause into the impact, keeping the rest of the sentence', () => {
    const text = 'Because I had some free time and wanted to help, I looked at the error logs.';
    const after = applied(text, motives(text)[0]!);
    expect(after).toBe('Because [the problem] was costing [customers / revenue / hours], I looked at the error logs.');
    expect(motives(fill(after, ['the drop rate', 'customers and revenue']))).toEqual([]);
  });
});

describe('opportunistic-motive, helping with an impact', () => {
  it('leaves "wanted to help" with a customer impact alone but flags it on its own', () => {
    expect(motives('I wanted to help customers who were being double-charged, so I traced the duplicate payments.')).toEqual([]);
    const text = 'I just wanted to help out, so I traced the duplicate payments.';
    expect(spanOf(text, motives(text)[0])).toBe('I just wanted to help out');
  });

  it('reads spare time only as the speaker\'s own: "students with extra time" is an exam arrangement', () => {
    expect(motives('Two days before the mocks I noticed the seating plan put the six students with extra time in the main hall.')).toEqual([]);
    expect(motives('We had some extra time that week, so I went through the seating plan.')).toHaveLength(1);
  });

  it('reads boredom as the motive however it is said', () => {
    const text = "It was a slow afternoon and honestly I was a bit bored, so I thought I'd poke around the chiller.";
    expect(motives(text)).toHaveLength(1);
    expect(motives('The night was quiet, so I went through the chiller logs.')).toEqual([]);
  });
});

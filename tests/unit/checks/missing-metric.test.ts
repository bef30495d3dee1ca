import { describe, expect, it } from 'vitest';
import { PARTS, answer, applied, fill, findingsOf } from './helpers';

const metric = (text: string) => findingsOf('missing-metric', text);

describe('missing-metric', () => {
  it('flags a result without a before → after number, without a span', () => {
    const [f] = metric(answer(['metric']));
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(f!.dimension).toBe('quantification');
  });

  it('does not count the number in the problem statement as a result', () => {
    // "0.3% drop rate" in the situation states the problem; nothing moved yet.
    expect(metric(answer(['metric', 'business']))).toHaveLength(1);
  });

  it('accepts deltas in other domains and wordings', () => {
    expect(metric(answer())).toEqual([]);
    expect(metric(answer([], { metric: 'Average wait time in the clinic fell from 40 minutes to 12.' }))).toEqual([]);
    expect(metric(answer([], { metric: 'Stockouts dropped by 35% over the next quarter.' }))).toEqual([]);
  });

  it('inserts a placeholder metric after the last result, which passes once filled', () => {
    const text = answer(['metric']);
    const after = applied(text, metric(text)[0]!);
    expect(after).toContain(PARTS.spread + ' [Webhook drop rate] went from [X] to [Y] after the fix.'); // what the answer measures, in its words
    expect(metric(fill(after, ['The drop rate', '0.3%', 'zero']))).toEqual([]);
  });
});

describe('missing-metric: deltas written without "from X to Y"', () => {
  const withMetric = (m: string) => metric(answer([], { metric: m }));
  it('accepts fractions, "instead of", "down N" and figures ending in a unit letter', () => {
    expect(withMetric('Chargebacks were cut by a third, about $2,000 a month.')).toEqual([]);
    expect(withMetric('Month-end close now takes 2 days instead of 5.')).toEqual([]);
    expect(withMetric('Within a month, the abandoned-cart rate was down 12 points and revenue up $30K.')).toEqual([]);
    expect(withMetric('Triage waits fell by half for the evening shift.')).toEqual([]);
  });

  it('still flags a result with no number that moved', () => {
    expect(withMetric('The clinic staff liked the new checklist.')).toHaveLength(1);
    expect(withMetric('We served 200 customers that day.')).toHaveLength(1);
  });
});

describe('missing-metric: figures written as people write them', () => {
  const withMetric = (m: string) => metric(answer([], { metric: m }));
  it('reads a decimal point inside a figure as part of the figure, not the end of the clause', () => {
    expect(withMetric('Failed card payments went from 2.4% of orders to 0.3%.')).toEqual([]);
    expect(withMetric('The rejection rate on claims fell from 7.5 per cent to 1.2 per cent.')).toEqual([]);
  });

  it('accepts a sum of money that moves from one figure to another, or against last year', () => {
    expect(withMetric('Recovered rent arrears went from £42K to £118K a quarter.')).toEqual([]);
    expect(withMetric('Gift-card sales came in at $84,000 against $51,000 the year before.')).toEqual([]);
  });

  it('accepts a count that falls to a small written number', () => {
    expect(withMetric('Missed handovers went from about eleven a month to one.')).toEqual([]);
  });

  it('still refuses one sum of money, or two figures of different things', () => {
    expect(withMetric('The fix was worth about $40,000 a year.')).toHaveLength(1);
    expect(withMetric('Three reviewers signed off and the score dropped to 92.')).toHaveLength(1);
  });
});

describe('missing-metric: the figure compared against', () => {
  const withMetric = (m: string) => metric(answer([], { metric: m }));
  it('reads "instead of the usual N" and "against an expected N" as the before figure', () => {
    expect(withMetric('The ward was restocked in 50 minutes instead of the usual 4 hours.')).toEqual([]);
    expect(withMetric('Write-offs came to £400 against an expected £6,000.')).toEqual([]);
  });

  it('reads figures in words, "had gone from", a planned figure and "where before" as before and after', () => {
    const story = 'I noticed our new starters were slow on the ward system, and nobody had asked me to look at it. I sat with each of them for an hour and wrote a one-page guide to the admission screens. ';
    for (const result of [
      'His ticket times had gone from an average of 14 minutes to 9.',
      'By the second week my charting for an admission was down from about forty minutes to fifteen.',
      'Fieldwork took eleven working days against the fifteen budgeted.',
      'The line stayed up for the next fourteen days, where before it had dropped eleven times in a week.',
    ]) expect(metric(story + result + ' Since then I give every new starter the guide on their first day.'), result).toEqual([]);
  });

  it('finds the before in the problem and the after in the result when they measure the same thing', () => {
    const problem = 'Our ward\'s hand hygiene audit had come back at 62 percent two months running. I put an observation sheet by each sink and posted the weekly score in the staff room myself. ';
    const lesson = ' Since then I post the score every Monday.';
    expect(metric(problem + 'After eight weeks the audit was at 91 percent.' + lesson)).toEqual([]);
    // Another unit, or another thing measured, is not its after.
    expect(metric(problem + 'After eight weeks the audit took 40 minutes.' + lesson)).toHaveLength(1);
    expect(metric(problem + 'After eight weeks 91 percent of visitors used the gel.' + lesson)).toHaveLength(1);
  });
});

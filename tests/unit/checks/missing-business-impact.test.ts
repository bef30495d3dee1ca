import { describe, expect, it } from 'vitest';
import { PARTS, answer, applied, fill, findingsOf } from './helpers';

const business = (text: string) => findingsOf('missing-business-impact', text);

describe('missing-business-impact', () => {
  it('flags a measured result with no business translation, without a span', () => {
    const [f] = business(answer(['business']));
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(f!.severity).toBe('minor');
  });

  it('accepts money, customers, hours or tickets in the result', () => {
    expect(business(answer())).toEqual([]);
    expect(business(answer(['business'], { spread: 'Support tickets about missing receipts fell by 120 a month. The Platform team adopted my alert pattern.' }))).toEqual([]);
    expect(business(answer(['business'], { spread: 'It saved the nurses 6 hours a week of manual reconciliation.' }))).toEqual([]);
  });

  it('does not count business words that only describe the situation', () => {
    const text = 'Customers complained about late refunds. ' + answer(['business']);
    expect(business(text)).toHaveLength(1);
  });

  it('inserts a placeholder translation that passes once filled', () => {
    const text = answer(['business']);
    const after = applied(text, business(text)[0]!);
    expect(after).toContain(PARTS.spread + ' That was worth [$Z a week / N customers / N hours saved].');
    expect(business(fill(after, ['$8K a week in revenue']))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { answer, applied, fill, findingsOf } from './helpers';

const thin = (text: string, focus: 'technical' | 'balanced' = 'technical') => findingsOf('thin-investigation', text, { focus });
const noInvestigation = 'I noticed 3% of refunds failed in the billing service, which was not my team\'s. I shipped a fix and the failures went from 3% to zero.';

describe('thin-investigation', () => {
  it('advises a technical-focus answer with no investigation steps, as a hint', () => {
    const [f] = thin(noInvestigation);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('hint');
    expect(f!.start).toBeUndefined();
  });

  it('is advice for the technical focus only and never changes a status', () => {
    expect(thin(noInvestigation, 'balanced')).toEqual([]);
    const a = analyze(noInvestigation, { focus: 'technical' });
    const b = analyze(noInvestigation);
    expect(a.dimensions.validation.status).toBe(b.dimensions.validation.status);
  });

  it('leaves an answer that walks through its investigation alone', () => {
    expect(thin(answer())).toEqual([]);
    expect(thin('I noticed 3% of refunds failed. I queried a week of refund events and isolated an expired token.')).toEqual([]);
  });

  it('inserts investigation steps after the problem, which satisfy it once filled', () => {
    const after = applied(noInvestigation, thin(noInvestigation)[0]!);
    expect(after).toContain("which was not my team's. I [pulled the logs / queried the data] and traced the root cause to [cause]");
    expect(thin(fill(after, ['pulled the refund logs', 'an expired token', 'locally']))).toEqual([]);
  });
});

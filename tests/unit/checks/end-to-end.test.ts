import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf } from './helpers';

const e2e = (text: string, focus: 'ownership' | 'balanced' = 'ownership') => findingsOf('end-to-end', text, { focus });
const stopsAtDiagnosis = 'I noticed 3% of refunds failed in the billing service. Nobody had asked me to look. I traced the failures to an expired token and wrote up the cause.';

describe('end-to-end', () => {
  it('advises an ownership-focus answer that never ships, rolls out or verifies, as a hint', () => {
    const [f] = e2e(stopsAtDiagnosis);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('hint');
    expect(f!.dimension).toBe('ownership');
  });

  it('is advice for the ownership focus only', () => {
    expect(e2e(stopsAtDiagnosis, 'balanced')).toEqual([]);
  });

  it('leaves an answer that sees the fix through alone', () => {
    expect(e2e(answer())).toEqual([]);
    expect(e2e(stopsAtDiagnosis + ' I deployed the token rotation and monitored refunds for a week.')).toEqual([]);
  });

  it('inserts the delivery steps after the last action, which satisfy it once filled', () => {
    const after = applied(stopsAtDiagnosis, e2e(stopsAtDiagnosis)[0]!);
    expect(after).toBe(stopsAtDiagnosis + ' I shipped [the fix], coordinated the rollout with [the owning team] and verified [the metric] after release.');
    expect(e2e(fill(after, ['the token rotation', 'billing', 'the refund failure rate']))).toEqual([]);
  });
});

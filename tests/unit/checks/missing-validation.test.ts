import { describe, expect, it } from 'vitest';
import { PARTS, answer, applied, fill, findingsOf } from './helpers';

const validation = (text: string) => findingsOf('missing-validation', text);
const unverified = answer(['validateCause', 'metric', 'rollout'], { investigate: 'I pulled the webhook delivery logs, traced the failure to a timeout and wrote a retry fix.' });

describe('missing-validation', () => {
  it('flags an answer with no reproduction, test or tracking, without a span', () => {
    const [f] = validation(unverified);
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(f!.dimension).toBe('validation');
  });

  it('accepts a reproduction, a test, monitoring or tracked metrics in any domain', () => {
    expect(validation(answer())).toEqual([]);
    expect(validation(unverified + ' I ran the corrected reconciliation against last quarter\'s ledger to confirm the totals matched.')).toEqual([]);
    expect(validation(unverified.replace('wrote a retry fix', 'wrote a retry fix with a regression test'))).toEqual([]);
  });

  it('does not count alerts that only describe the situation', () => {
    expect(validation('Our alerts never fired, so nobody noticed the drops. ' + unverified)).toHaveLength(1);
  });

  it('inserts a verification sentence after the actions that passes once filled', () => {
    const after = applied(unverified, validation(unverified)[0]!);
    expect(after).toContain('I reproduced [the failure] in [staging / a test] to confirm the cause, then tracked [metric] after rollout to confirm the fix.');
    expect(after.indexOf('I reproduced [the failure]')).toBeLessThan(after.indexOf(PARTS.business));
    expect(validation(fill(after, ['the timeout', 'staging', 'the drop rate']))).toEqual([]);
  });
});

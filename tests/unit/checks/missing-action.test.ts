import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf } from './helpers';

const action = (text: string) => findingsOf('missing-action', text);
const noActions = 'Last spring a 0.3% webhook drop rate appeared in the payments service. It was costing $8K a week. Looking back, shared SLOs matter.';

describe('missing-action', () => {
  it('flags an answer where the speaker never acts, without a span', () => {
    const [f] = action(noActions);
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(f!.dimension).toBe('structure');
  });

  it('counts actions in any form: "I", pasted bullets, even "we"', () => {
    expect(action(answer())).toEqual([]);
    expect(action('- Noticed 5% of invoices were unpaid\n- Pulled the aging report and traced it to a broken reminder job\n- Fixed the job')).toEqual([]);
    expect(action('I noticed the drop rate. We figured out the root cause together.')).toEqual([]);
  });

  it('inserts action placeholders after the problem that pass once filled', () => {
    const after = applied(noActions, action(noActions)[0]!);
    expect(after.startsWith('Last spring a 0.3% webhook drop rate appeared in the payments service. I [investigated')).toBe(true);
    expect(action(fill(after, ['pulled the delivery logs and traced the failure', 'wrote a retry fix']))).toEqual([]);
  });
});

describe('missing-action, actions told inside the result', () => {
  it('counts "I found the bug, fixed it, and failures fell" as actions', () => {
    expect(action('Then one quarter the refund failure rate jumped to 5%. I investigated and found a bug in the retry logic, fixed it, and the failure rate went from 5% to 0.2%.')).toEqual([]);
  });
});

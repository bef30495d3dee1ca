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

  it('counts actions with "I" or in pasted bullets', () => {
    expect(action(answer())).toEqual([]);
    expect(action('- Noticed 5% of invoices were unpaid\n- Pulled the aging report and traced it to a broken reminder job\n- Fixed the job')).toEqual([]);
  });

  it('does not count a story whose every action is a group\'s or has no actor: the speaker never acts', () => {
    expect(action('The payroll run was short for night staff. A task force was formed and resolved it within a week. Underpayments went from 60 a month to zero.')).toHaveLength(1);
    expect(action('Invoices went out with the wrong tax rate. The rate table was corrected and a fix was deployed the same day.')).toHaveLength(1);
  });

  it('inserts action placeholders after the problem that pass once filled', () => {
    const after = applied(noActions, action(noActions)[0]!);
    // After the problem, before the lesson.
    expect(after.indexOf(' I [investigated')).toBeGreaterThan(after.indexOf('payments service.'));
    expect(after.indexOf(' I [investigated')).toBeLessThan(after.indexOf('Looking back'));
    expect(action(fill(after, ['pulled the delivery logs and traced the failure', 'wrote a retry fix']))).toEqual([]);
  });
});

describe('missing-action, actions told inside the result', () => {
  it('counts "I found the bug, fixed it, and failures fell" as actions', () => {
    expect(action('Then one quarter the refund failure rate jumped to 5%. I investigated and found a bug in the retry logic, fixed it, and the failure rate went from 5% to 0.2%.')).toEqual([]);
  });

  it('does not take the speaker\'s job or the discovery for an action when everything after it is passive', () => {
    const text = [
      'I teach geography at a secondary school.',
      'Two days before the Year 8 trip, I was looking through the trip pack and noticed that a boy with asthma had no care plan in it.',
      'Trip medical arrangements are the school nurse\'s job, and nobody had asked me to check.',
      'The medical register was checked against the trip list, and three students with care plans were found missing.',
      'Copies of the plans were added to every leader\'s pack and the leaders were briefed.',
      'All three students went on the trip with their medication.',
    ].join(' ');
    expect(action(text)).toHaveLength(1);
  });

  it('counts actions the speaker shares ("we") for structure; whose they were is ownership\'s question', () => {
    const text = 'Two days before launch I learned that every new email template needed legal approval, which took three weeks. We launched with the old templates and we rebuilt the new designs while legal reviewed them. Everything was approved and live a month later.';
    expect(action(text)).toEqual([]);
    expect(findingsOf('we-action', text).length).toBeGreaterThan(0);
  });

  it('reads the speaker\'s deeds after the problem as actions even when a "Situation:" label covers the whole answer', () => {
    const text = 'Situation: accounts payable at a builders\' merchant; I noticed vendor spend creeping up in the third quarter. Found 21 suppliers set up twice under slightly different names. I pulled every payment for the quarter and matched invoice numbers across the pairs. I merged the duplicate records and asked each supplier for a refund. Duplicate payments went from 30 a quarter to none.';
    expect(action(text)).toEqual([]);
  });
});

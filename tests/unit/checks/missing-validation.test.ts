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

describe('missing-validation: verification is about the fix', () => {
  const opening = 'I noticed our payroll export was dropping overtime lines; it belonged to the HR systems team and nobody had a ticket. ';
  it('does not count investigation before the fix as verification', () => {
    const text = opening + 'I compared the export with the timesheets and checked the job logs. I wrote a fix for the rounding rule. Dropped lines went from 30 a run to zero.';
    expect(validation(text)).toHaveLength(1);
    const support = 'I noticed refund tickets were reopening. I reviewed 50 tickets and audited the macro. I rewrote the macro.';
    expect(validation(support)).toHaveLength(1);
  });

  it('counts checks after the fix, and a reproduction wherever it is told', () => {
    const after = opening + 'I wrote a fix for the rounding rule, then compared the next two payroll runs with the timesheets.';
    expect(validation(after)).toEqual([]);
    const checked = opening + 'I wrote a fix for the rounding rule. I checked the next three payroll runs line by line.';
    expect(validation(checked)).toEqual([]);
    const repro = opening + 'I reproduced the dropped lines with last month\'s timesheets, then wrote a fix for the rounding rule.';
    expect(validation(repro)).toEqual([]);
  });

  it('does not count "tracked down" as tracking a metric', () => {
    expect(validation(opening + 'I tracked down the rounding rule and wrote a fix.')).toHaveLength(1);
  });
});

describe('missing-validation: a fix that is itself a check is not evidence it worked', () => {
  const opening = 'I noticed our claims intake was accepting forms with missing member IDs; it belonged to the operations team and nobody had a ticket. ';
  it('does not count "input validation", "a confirmation email" or "a check" as verification', () => {
    expect(validation(opening + 'I wrote input validation for the member ID field.')).toHaveLength(1);
    expect(validation(opening + 'I added a confirmation email and a check that blocks empty IDs.')).toHaveLength(1);
  });

  it('counts the fix being validated', () => {
    expect(validation(opening + 'I wrote input validation for the member ID field and validated it against last month\'s 2,000 claims.')).toEqual([]);
  });
});

describe('missing-validation: the fix is a deed of the story, and a tool beside it is not a check', () => {
  it('does not take background work for the fix, so investigation after it does not verify anything', () => {
    const text =
      'I prepared the monthly cost-centre reports for the regional office. While preparing one, I noticed a project\'s mileage claims had doubled in three months. ' +
      'I compared the mileage claims with the site-visit log and found the same journey claimed twice. I wrote a duplicate-journey rule and the finance manager approved it.';
    expect(validation(text)).toHaveLength(1);
  });

  it('does not count putting a tool in place as evidence the fix worked', () => {
    const opening = 'I noticed our nightly export was dropping refunds; nobody owned it. ';
    expect(validation(opening + 'I wrote a fix for the refund filter and added a dashboard and alerts for the export.')).toHaveLength(1);
    expect(validation(opening + 'I wrote a fix for the refund filter and monitored the next three exports against the ledger.')).toEqual([]);
  });

  it('does not take the lesson for the fix, so checks made in the story still count', () => {
    // "What I changed afterwards" opens the lesson; the two-nurse check and the repeat test come before it.
    const text = [
      'On a night shift I noticed the heparin pump in a colleague\'s bay was running at ten times the prescribed rate.',
      'I paused the pump, bleeped the registrar and took the blood for an urgent clotting screen myself.',
      'When the result came back I restarted the infusion at the correct rate with a second nurse independently checking the pump against the chart.',
      'His clotting came back within range on the repeat test.',
      'What I changed afterwards: I now do a two-nurse check of every high-risk infusion at handover.',
    ].join(' ');
    expect(validation(text)).toEqual([]);
  });
});

describe('missing-validation, a second person\'s check', () => {
  const story = 'On a night shift I noticed the heparin pump in a colleague\'s bay was running at ten times the prescribed rate. It was not my patient and nobody had asked me to look. ';
  it('counts a check by someone else after the fix, told as a gerund or a clause', () => {
    expect(validation(story + 'I corrected the rate on the pump, with a second nurse independently checking it against the chart.')).toEqual([]);
    expect(validation(story + 'I corrected the rate on the pump, and the nurse in charge checked it against the chart.')).toEqual([]);
  });
  it('does not count a check told before the fix', () => {
    expect(validation('On a night shift the nurse in charge checked the pump and saw it running at ten times the prescribed rate. I corrected the rate on the pump.')).toHaveLength(1);
  });

  it('does not take a check the answer says was never made for verification', () => {
    const text = 'As turnaround coordinator I noticed departures were late because the ramp and gate crews never spoke. I set up a radio call between them ten minutes before each departure and briefed every shift lead myself. I never measured it myself; the duty managers told me it had held.';
    expect(validation(text)).toHaveLength(1);
    expect(validation(text.replace('I never measured it myself', 'I measured the departure times myself for a month'))).toEqual([]);
  });

  it('counts saying outright that the cause was confirmed, wherever it is told', () => {
    const text = 'I noticed a freezer logger at the biobank reading a flat minus eighty for two days. I compared it with a calibrated probe beside it, and the logger never moved while the probe followed the door openings. I flashed a spare logger with the same firmware update and it froze the same way, which confirmed the cause. I rolled every logger back to the previous firmware that afternoon.';
    expect(validation(text)).toEqual([]);
    expect(validation(text.replace(', which confirmed the cause', ''))).toHaveLength(1);
  });
});

describe('missing-validation: where the fix starts when it is told as containing the harm or doing a fix again', () => {
  it('counts a check after "I paused the pump" as checking the fix, though a later change adds a line to a sheet', () => {
    expect(validation("On a night shift I noticed a patient's fluids running at 250 ml an hour when her chart said 83. I paused the pump and reset it to the prescribed rate. I bleeped the doctor, and I repeated her observations every 30 minutes until the morning round. Her fluid balance was back within the plan by morning. Afterwards I added a line to our handover sheet so the outgoing nurse reads each pump rate aloud against the chart.")).toEqual([]);
  });

  it('reads "reset" as a fix done again, so the monitoring after it verifies it', () => {
    expect(validation("On a night shift I noticed a patient's fluids running at 250 ml an hour when her chart said 83. I reset the pump to the prescribed rate myself. I monitored her observations every 30 minutes until the morning round, and her fluid balance was back within the plan. I then added a line to the handover sheet so the outgoing nurse reads each pump rate aloud against the chart.")).toEqual([]);
  });

  it('still wants a check after the containment', () => {
    expect(validation("On a night shift I noticed a patient's fluids running at 250 ml an hour when her chart said 83. I paused the pump and reset it to the prescribed rate. I bleeped the doctor. Afterwards I added a line to our handover sheet so the outgoing nurse reads each pump rate aloud against the chart.")).toHaveLength(1);
  });
});

describe('missing-validation: calibrating again is a fix, not a check', () => {
  it('does not read "the fridge was recalibrated" as checking anything', () => {
    expect(validation('One Monday the probe read 9 °C in the dairy fridge, although its display said 3 °C. I moved the stock to the back chiller and called the contractor. The fridge was recalibrated that afternoon, and the dairy went back on sale the next morning.')).toHaveLength(1);
    expect(validation('One Monday the probe read 9 °C in the dairy fridge, although its display said 3 °C. I moved the stock to the back chiller and called the contractor. The fridge was recalibrated that afternoon, and I re-probed it every hour until closing: 4 °C each time.')).toEqual([]);
  });
});

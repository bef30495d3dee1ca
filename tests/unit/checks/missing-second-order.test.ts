import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf } from './helpers';

const spread = (text: string, options = {}) => findingsOf('missing-second-order', text, options);

describe('missing-second-order', () => {
  it('flags a result that stays inside the fix', () => {
    const [f] = spread(answer(['spread']));
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(f!.severity).toBe('minor');
  });

  it('is advice only at entry level', () => {
    expect(spread(answer(['spread']), { level: 'entry' })[0]!.severity).toBe('hint');
  });

  it('accepts adoption and standardisation in other words', () => {
    expect(spread(answer())).toEqual([]);
    expect(spread(answer(['spread'], { business: 'That recovered $8K a week, and my checklist became the standard template for every ward.' }))).toEqual([]);
    expect(spread(answer(['spread'], { business: 'That recovered $8K a week; three other stores now use the same reorder check.' }))).toEqual([]);
  });

  it('inserts a placeholder that passes once filled', () => {
    const text = answer(['spread']);
    const after = applied(text, spread(text)[0]!);
    expect(after).toContain('[Team] adopted [the pattern] for [their services].');
    expect(spread(fill(after, ['The Platform team', 'my alert pattern', 'their other services']))).toEqual([]);
  });
});

describe('missing-second-order, reuse in other words', () => {
  it('accepts another team now using the speaker\'s pattern', () => {
    expect(spread(answer(['spread'], { business: 'That shifted $40K a month of ad spend. The analytics team now uses my dedup pattern for all four ad partners.' }))).toEqual([]);
  });
});

describe('missing-second-order, process adoption', () => {
  it('accepts another team folding the work into their own process', () => {
    expect(spread(answer(['spread'], { business: 'That recovered $8K a week. Finance now reviews my decline-code dashboard in their monthly close.' }))).toEqual([]);
    expect(spread(answer(['spread'], { business: 'That recovered $8K a week, and the platform group added my expiry check to their release checklist.' }))).toEqual([]);
  });
});

describe('missing-second-order, rolled out elsewhere', () => {
  it('accepts the owning team rolling the work out to the rest', () => {
    expect(spread(answer(['spread'], { business: 'That cut $15K a month in fees. The compliance team rolled the checklist out to the other eleven lanes.' }))).toEqual([]);
  });
});

describe('missing-second-order: adoption without the word "adopt"', () => {
  const withSpread = (spreadText: string) => spread(answer([], { spread: spreadText }));
  it('accepts another actor using, applying or following the same thing', () => {
    expect(withSpread('Treasury then applied the same standard to their payment runs.')).toEqual([]);
    expect(withSpread('Two other clinics now use the checklist.')).toEqual([]);
    expect(withSpread('The night shift now follows my handover checklist.')).toEqual([]);
    expect(withSpread('The support desk now uses it for every refund escalation.')).toEqual([]);
  });

  it('accepts the thing becoming part of every release or a template', () => {
    expect(withSpread('The check is now part of every release.')).toEqual([]);
    expect(withSpread('It became the template for the other store integrations.')).toEqual([]);
  });

  it('does not count another actor using something unrelated, or a check for every item', () => {
    expect(withSpread('The parser used the wrong field.')).toHaveLength(1);
    expect(withSpread('Customers use the app daily.')).toHaveLength(1);
    expect(withSpread('I added a check for every invoice.')).toHaveLength(1);
  });
});

describe('missing-second-order: spreading, told in other shapes', () => {
  const withSpread = (spreadText: string) => spread(answer([], { spread: spreadText }));
  it('accepts passives, requests and the thing becoming a required step', () => {
    expect(withSpread('The approach has since been used for two other vendors.')).toEqual([]);
    expect(withSpread('Finance made the reconciliation a required step at month-end.')).toEqual([]);
    expect(withSpread('The regional director asked every branch to use the same count sheet.')).toEqual([]);
    expect(withSpread('The QA team added the contract test to their suite for all partner APIs.')).toEqual([]);
    expect(withSpread('The same retry wrapper now protects the other four integrations.')).toEqual([]);
    expect(withSpread('Two other wards followed suit within a month.')).toEqual([]);
  });

  it('does not count the speaker using the same thing, or a one-off mention of other places', () => {
    expect(withSpread('I decided to use the same library for the retry.')).toHaveLength(1);
    expect(withSpread('The other four integrations were never affected.')).toHaveLength(1);
  });
});

describe('missing-second-order: other people and the rest of the organisation', () => {
  const withSpread = (spreadText: string) => spread(answer([], { spread: spreadText }));
  it('accepts other practitioners taking it up, or a rollout to the rest of the organisation', () => {
    expect(withSpread('Other nurses on the floor asked for copies of the handover sheet.')).toEqual([]);
    expect(withSpread('The sheet is in daily use across the rest of the trust.')).toEqual([]);
  });

  it('does not count other people merely being mentioned', () => {
    expect(withSpread('Other nurses on the floor were busy that week.')).toHaveLength(1);
  });

  it('counts another actor carrying the work to every or other place, and not one place of the speaker\'s own', () => {
    const base = 'Last spring I noticed samples from one stability chamber degrading early. Nobody had asked me to look at the chambers. I pulled its humidity logs, found the probe had drifted and replaced it with a calibrated spare. Out-of-trend results from that chamber went from nine a year to none, which saved repeating six studies at about £40,000 each';
    expect(spread(base + '.')).toHaveLength(1);
    expect(spread(base + ', and QA added a quarterly two-probe comparison to every chamber\'s maintenance plan.')).toEqual([]);
    expect(spread(base + ', and the group wrote my probe check into the specification for all three of its labs.')).toEqual([]);
    expect(spread(base + ', and I added a two-probe comparison to my own chamber\'s plan.')).toHaveLength(1);
  });

  it('reads a measured result the speaker opens with "going forward" as the result, not a lesson', () => {
    const text = 'Right, so, um, at a month-end I noticed the bank reconciliation for our euro account had a difference of about eighteen thousand euros that had been rolled forward for months. So I sat down with the treasury analyst and we matched every line of the statement to the ledger, and the bank charges on foreign payments were being booked twice. So we reversed the duplicates and reconciled it again against the statement. And, um, going forward the unreconciled differences across all our currency accounts went from like forty thousand euros a month to under five hundred, and the group now has the same rule on the other subsidiaries\' bank feeds. What I\'d say I learned is just, don\'t ignore small numbers.';
    expect(spread(text)).toEqual([]);
    expect(findingsOf('missing-metric', text)).toEqual([]);
  });

});

describe('missing-second-order: other units taking the work up, however it is said', () => {
  const story = 'I noticed our changeovers on line 2 were taking two and a half hours because the tooling was fetched only once the line stopped. I pre-staged the tooling on a trolley before each stop and timed the next ten changeovers. Changeovers went from two and a half hours to fifty minutes, worth about £9,000 of output a week';

  it('counts other units doing it, with "other" in the subject', () => {
    expect(spread(story + ', and two other lines started doing the same pre-staging.')).toEqual([]);
    expect(spread(story + '. The day shift and the other site moved to pre-staged trolleys the month after.')).toEqual([]);
  });

  it('counts a unit\'s new habit told with "now"', () => {
    expect(spread(story + ". The site's maintenance team now asks for a staged trolley before every planned stop.")).toEqual([]);
  });

  it('still wants the spread when only the speaker\'s own work goes on', () => {
    expect(spread(story + ', and I now pre-stage every changeover myself.')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import type { AnalyzeOptions } from '../../../lib/types';

/**
 * The families of misjudgement found on real answers written outside the team (see the engine
 * issue): each with a minimal answer, written the way people write, that the seed-phrase engine
 * judged wrongly. Each answer is judged here by the rubric's idea, not by its words.
 */
const ids = (text: string, options: AnalyzeOptions = {}) => analyze(text, options).findings.filter((f) => f.severity !== 'hint').map((f) => f.id);
const status = (text: string, d: 'ownership' | 'scope' | 'quantification' | 'validation' | 'reflection' | 'structure', options: AnalyzeOptions = {}) => analyze(text, options).dimensions[d].status;

describe('seed phrases are not taken literally', () => {
  it('an assignment outweighs "the other team"', () => {
    const text =
      "Our nightly billing export kept failing and my manager assigned me the other team's job to fix. I traced it to an expired service password, rotated it and re-ran the export, which completed cleanly. Failed exports went from three a week to none, saving about four hours of manual rework weekly, and the other team adopted my password-expiry alert. Looking back, I'd add expiry dates for every service credential to our on-call dashboard.";
    expect(ids(text)).toContain('missing-scope');
  });

  it('sending someone a thing is not a hand-off', () => {
    const text =
      "A customer called because her internet dropped every evening. Nobody had asked me to dig further than the script, but I pulled her line history and saw the router rebooting on a heat warning each night. I sent her a new router by courier and stayed on a call the next evening while she streamed for twenty minutes: no drops.";
    expect(ids(text)).not.toContain('handoff');
  });

  it('informing the next nurse after acting yourself is not a hand-off', () => {
    const text =
      "At 3 a.m. I noticed a patient who wasn't mine had been charted insulin twice. I held the second dose, checked the chart against the pharmacy record and paged the on-call doctor, who confirmed the duplicate. I informed the oncoming nurse at handover. His glucose stayed in range all morning.";
    expect(ids(text)).not.toContain('handoff');
  });

  it('calling the team together and then leading the fix is not a hand-off', () => {
    const text =
      "Two weeks before quarter end I spotted that the same supplier invoice had been paid twice. It wasn't my ledger and nobody had flagged it. I called the team together, walked them through the two payments and reversed the duplicate myself, then reconciled the account against the bank statement.";
    expect(ids(text)).not.toContain('handoff');
  });

  it('a platitude stays generic even when it says "unowned" or mentions testing', () => {
    const base =
      "I noticed our weekly stock report double-counted returns. I traced it to a join on the wrong date column, fixed the query and re-ran the last quarter's reports against the till totals, which matched. ";
    expect(ids(base + 'Looking back, communication is really important and we should always test things properly.')).toContain('generic-reflection');
    expect(ids(base + 'The lesson for me is to always own the unowned problems.')).toContain('generic-reflection');
  });
});

describe('results and actors are read from what sentences do', () => {
  it('finds a result stated as an event or a state', () => {
    const outage =
      "When the order site went down on Black Friday I noticed the checkout pods were out of memory. I raised their limit, restarted them one by one and watched the error rate fall. Back online in 40 minutes instead of the four hours our last outage took.";
    expect(ids(outage)).not.toContain('missing-result');
    const ward =
      "On a night shift I noticed a patient's breathing rate had crept up over three sets of observations. I escalated to the outreach team myself, started oxygen as prescribed and repeated the observations every fifteen minutes. By the morning round his condition had stabilised.";
    expect(ids(ward)).not.toContain('missing-result');
  });

  it('an answer whose actions are all passive or all a group\'s is not strong on ownership', () => {
    const passive =
      "Invoices were going out with the wrong tax rate. The issue was investigated, the rate table was corrected and a fix was deployed the same day. Wrong invoices went from forty a week to none.";
    expect(status(passive, 'ownership')).toBe('needs-work');
    const group =
      "The payroll run was short for night-shift staff. A task force was formed and was able to resolve the missing allowance within a week, and we collectively decided to add a check to every run. Underpayments went from about 60 a month to zero.";
    expect(status(group, 'ownership')).toBe('needs-work');
  });
});

describe('validation and lessons beyond software', () => {
  it('reconciling against the bank statement or re-checking a chart verifies a fix', () => {
    const finance =
      "During month-end I noticed a supplier had been paid twice. I stopped the duplicate in the next payment run, recovered the money, and reconciled the account against the bank statement, which balanced to the penny.";
    expect(ids(finance)).not.toContain('missing-validation');
    const nursing =
      "I noticed a patient's chart listed warfarin at twice the usual dose. I held it, phoned the pharmacist and re-checked the chart against the pharmacy record with her, and we corrected the entry before the evening round.";
    expect(ids(nursing)).not.toContain('missing-validation');
  });

  it('a concrete mechanism outside software is a specific lesson', () => {
    const text =
      "A customer told me her delivery date kept slipping. I checked the order history and saw every estimate I'd given assumed the supplier shipped on time. I rang the supplier, confirmed the real lead time and rebooked her delivery for a date we could keep. Since then I build a two-day buffer into every delivery estimate I give.";
    expect(ids(text)).not.toContain('generic-reflection');
  });
});

describe('numbers that are not a delta, and spread told in other words', () => {
  it('a count or a single figure is not a metric that moved', () => {
    const text =
      "I noticed the customer satisfaction survey was counting duplicate responses. I removed the duplicates with three reviewers checking my rules, and the score dropped to 92.";
    expect(ids(text)).toContain('missing-metric');
  });

  it('a procedure other wards took up is a second-order effect', () => {
    const text =
      "I noticed two patients with the same surname had been given each other's meal trays twice in a week. Nobody had asked me to look at it. I added a name-alert sticker to both charts and trays, and checked every tray against the board at each meal for a week: no mix-ups. Tray errors went from two a week to none. The matron liked it and it went on to be standard practice on two other wards.";
    expect(ids(text)).not.toContain('missing-second-order');
  });
});

describe('unlabelled narrative', () => {
  it('reads a story told without S/T/A/R labels: its passives and its missing result are found', () => {
    const text =
      'I was the duty manager at a hotel. The fire alarm panel showed a fault on the third floor for two nights. The fault was logged, the contractor was called and the sensor was replaced.';
    const found = ids(text);
    expect(found).toContain('missing-result');
    expect(found).toContain('passive-action');
    expect(status(text, 'ownership')).toBe('needs-work');
  });
});

import { describe, expect, it } from 'vitest';
import * as cues from '../../../lib/data/cues';
import { foldCase } from '../../../lib/grammar';

/**
 * Every cue pattern, with sentences it must match. Keys name an exported RegExp (`CHECK_AGREED`) or
 * one element of an exported list (`SCOPE_BOUNDARY[3]`; for SECTION_LABELS, the RegExp of the pair).
 * Sentences are written as people type them and folded with `foldCase`, as the engine does.
 */
const EXAMPLES: Record<string, readonly string[]> = {
  'ASSIGNED[0]': ['My manager asked me to reconcile the vendor invoices before month end.'],
  'ASSIGNED[1]': ['Our store manager handed me the quarterly stock count.'],
  'ASSIGNED[2]': ['My charge nurse asked me to double-check the insulin doses on the ward.', 'The head teacher asked me to look into the attendance letters.'],
  'ASSIGNED[3]': ['I was asked by our finance controller to review the accruals.'],
  'ASSIGNED[4]': ['We were given the task of migrating the payroll data to the new system.'],
  'ASSIGNED[5]': ['The refund backlog was assigned to my team last spring.'],
  'ASSIGNED[6]': ['It was my ticket, so I dug into the failing login flow.'],
  'ASSIGNED[7]': ['I picked up a Jira ticket about slow page loads on the help centre.'],
  'ASSIGNED[8]': ['The shift coordinator assigned me to the night rota for the audit.'],

  CLOSING_FILLER: ['That was kind of it really.', "And, um, I think that was pretty much it.", "So yeah, that's basically it.", 'That was that.'],
  TIME_ANCHOR: ['One Monday the abandon rate hit 19% by lunchtime.', 'In my second year I noticed pallet hire had risen.', 'Three weeks before the launch date, the client switched providers.', 'A few years ago I disagreed with a colleague about her marks.', 'Just before the sixth wave, the mapping changed.'],
  HABIT: ['Every Monday I ran the stock count.', 'I reviewed her care package every six months.', 'The carers called twice a day.', 'We usually closed the ledger on the fifth.'],

  'OPPORTUNISTIC_MOTIVE[0]': ['I had some spare time between customer calls, so I rewrote the FAQ.', 'Having a bit of free time that week, I rebuilt the rota.', 'With some spare time on my hands, I went through the returns.'],
  'OPPORTUNISTIC_MOTIVE[1]': ['I rewrote the till-close script because I was bored on a quiet afternoon.', "It was a slow afternoon and honestly I was a bit bored, so I thought I'd poke around."],
  'OPPORTUNISTIC_MOTIVE[2]': ['I just wanted to help out and the support queue was long.'],
  'OPPORTUNISTIC_MOTIVE[3]': ['I built the ward staffing dashboard out of curiosity.'],

  'SCOPE_BOUNDARY[0]': ["I wasn't asked to look at the supplier invoices, but the totals looked off."],
  'SCOPE_BOUNDARY[1]': ['I took it upon myself to rewrite the discharge checklist.'],
  'SCOPE_BOUNDARY[2]': ['The refund requests fell between two teams for months.'],
  'SCOPE_BOUNDARY[3]': ['Nobody else was tracking the expired stock on the back shelves.'],
  'SCOPE_BOUNDARY[4]': ['Chasing the lab results was outside my usual duties as a ward nurse.'],
  'SCOPE_BOUNDARY[5]': ['The overnight lab feed was not part of our department, but nurses relied on it.'],
  'SCOPE_BOUNDARY[6]': ["Chasing unpaid invoices was outside my team's remit."],
  'SCOPE_BOUNDARY[7]': ['There was no ticket for the broken returns label, so I made one.'],
  'SCOPE_BOUNDARY[8]': ['I rebuilt the rota spreadsheet without being asked.'],
  'SCOPE_BOUNDARY[9]': ['Nobody had flagged the duplicate vendor payments.'],
  'SCOPE_BOUNDARY[10]': ['The outage was in another team\u2019s service.'],
  'SCOPE_BOUNDARY[11]': ['The stock feed belonged to the warehouse systems group.'],
  'SCOPE_BOUNDARY[12]': ['The tills were maintained by an outside vendor.'],
  'SCOPE_BOUNDARY[13]': ['The reconciliation job is owned by Finance.'],
  'SCOPE_BOUNDARY[14]': ['No one had raised a ticket about the slow checkout.'],
  'SCOPE_BOUNDARY[15]': ['The escalation was handled by the night shift, not me.'],
  'SCOPE_BOUNDARY[16]': ["The flaky deploy script wasn't on anyone's radar."],
  'SCOPE_BOUNDARY[17]': ['The clean-up of the patient contact list was entirely self-initiated.'],
  'SCOPE_BOUNDARY[18]': ['I fixed the VAT formula despite there being no request from Finance.'],
  'SCOPE_BOUNDARY[19]': ['The crash was in their integration, not in our app.'],

  'NOT_ASSIGNED[0]': ['No one had logged a ticket for the broken freezer alarm.'],
  'NOT_ASSIGNED[1]': ['We were never asked to check the controlled drugs register.'],
  'NOT_ASSIGNED[2]': ['I volunteered to investigate the month-end variance.'],
  'NOT_ASSIGNED[3]': ['The expiry checks fell through the cracks after the reorg.'],
  'NOT_ASSIGNED[4]': ['No one else was checking the backup logs.'],
  'NOT_ASSIGNED[5]': ['This was outside of my normal work as a cashier.'],
  'NOT_ASSIGNED[6]': ['Without a request from anyone, I reran the payroll reconciliation.'],
  'NOT_ASSIGNED[7]': ['I rewrote the onboarding guide without anybody asking.'],
  'NOT_ASSIGNED[8]': ['None of us owned the shared printer queue.'],
  'NOT_ASSIGNED[9]': ['The flaky test was not on the roadmap.'],
  'NOT_ASSIGNED[10]': ['I did the stock rotation of my own accord.'],
  'NOT_ASSIGNED[11]': ['I audited the claims despite no ticket asking for it.'],
  'NOT_ASSIGNED[12]': ['Chasing the overdue invoices was not my job.'],

  'ASSUMED_SUCCESS[0]': ['I assumed the new formula had fixed the variance.'],
  'ASSUMED_SUCCESS[1]': ['After the restock, the shelf gaps seemed fine.'],
  'ASSUMED_SUCCESS[2]': ['No customers complained after the change.'],
  'ASSUMED_SUCCESS[3]': ['We never heard any more about it from the ward.'],
  'ASSUMED_SUCCESS[4]': ['The patch should have fixed the login timeouts.'],
  'ASSUMED_SUCCESS[5]': ["We haven't seen any errors since."],
  'ASSUMED_SUCCESS[6]': ['As far as I know, the double charges stopped.'],
  'ASSUMED_SUCCESS[7]': ['The update presumably fixed the sync issue.'],

  'VALIDATION_EVIDENCE[1]': ['His clotting came back within range on the repeat test.', 'A second pharmacist did an independent check of each pack.', 'The follow-up stock count matched.'],
  'VALIDATION_EVIDENCE[0]': [
    'I reproduced the double charge in staging before shipping the fix.',
    'We confirmed the new dosage chart with the pharmacist before the next round.',
  ],
  CHECK_AGREED: [
    'I recounted the till and the totals matched.',
    'I rechecked every dose against the chart and all of them were correct.',
    'The ledger balanced after the recount.',
  ],
  REPRODUCTION: ['I replicated the issue on a spare tablet at the nurses\u2019 station.', 'I flashed a spare logger with the same firmware and it froze the same way, which confirmed the cause.'],

  'VAGUE_RESULT[0]': ['The ward manager was really happy with the new handover sheet.'],
  'VAGUE_RESULT[1]': ['The rollout went really well.'],
  'VAGUE_RESULT[2]': ['The new returns policy was a huge success.'],
  'VAGUE_RESULT[3]': ['After the change everything was fine.'],
  'VAGUE_RESULT[4]': ['The feedback was very positive.'],
  'VAGUE_RESULT[5]': ['After the training, quality improved.'],
  'VAGUE_RESULT[6]': ['The new triage script made a real difference.'],
  'VAGUE_RESULT[7]': ['I received lots of positive feedback from the store managers.'],
  'VAGUE_RESULT[8]': ['Response times on the support desk were significantly better.'],

  BUSINESS_TERMS: ['We cut chargebacks from 30 to 4 a month.'],

  'SECOND_ORDER[0]': ['The payroll team reused my reconciliation template.'],
  'SECOND_ORDER[1]': ['The handover sheet became the standard for the whole hospital.'],
  'SECOND_ORDER[2]': ['Three other stores now use the same markdown sheet.'],
  'SECOND_ORDER[3]': ['The duplicate-invoice check now runs throughout the company.'],
  'SECOND_ORDER[4]': ['It became a company-wide practice.'],
  'SECOND_ORDER[5]': ['We then extended the pilot to the rest of the hospital.'],
  'SECOND_ORDER[6]': ['The support team in Dublin followed suit.'],
  'SECOND_ORDER[7]': ['The template is now used by the accounts payable team.'],
  'SECOND_ORDER[8]': ['The checklist is now mandatory for all new starters.'],
  'SECOND_ORDER[9]': ['We added it to our support team handbook.'],
  'SECOND_ORDER[10]': ['I rolled it out to the other pharmacies.'],
  'SECOND_ORDER[11]': ['The same check now protects the other four integrations.'],
  'SECOND_ORDER[12]': ['Finance made the reconciliation a required step.'],
  'SECOND_ORDER[13]': ['The night team now uses our escalation script.'],
  'SECOND_ORDER[14]': ['The fix became part of the release checklist.'],
  'SECOND_ORDER[15]': ['The check is now part of every release.'],
  'SECOND_ORDER[16]': ['We now do this for all future audits.'],
  'SECOND_ORDER[17]': ['The close checklist was copied for all twelve subsidiaries.'],

  REFLECTION_OPENERS: ['The main lesson for me was to write the handover down.'],
  SINCE_THEN_HABIT: ['Since then, I always reconcile the float before opening.'],

  'REFLECTION_CUES[0]': ["If I did it again, I'd loop in the charge nurse on day one."],
  'REFLECTION_CUES[1]': ['In hindsight, we should have told the customers sooner.'],
  'REFLECTION_CUES[2]': ['I would involve the warehouse team earlier.'],

  REFLECTION_AFTER_ACTION: ['We realised that the fridge alarms had been muted for weeks.'],
  GENERIC_REFLECTION: ['I learned the importance of communication.'],
  MECHANISMS: ['We added a daily reconciliation report that the store manager signs off.'],
  SYSTEMIC: ['The real problem was that nobody owned the shared inbox.'],
  TRADEOFF: ['We chose a nightly batch rather than a live sync to keep costs down.'],
  PROBLEM_CUES: ['I noticed that refunds were being issued twice.'],
  ARCHITECTURE_TERMS: ['The POS system talks to a legacy ERP through a nightly ETL job.'],
  TASK_CUES: ['My goal was to clear the claims backlog before the audit.'],
  PLAN_AHEAD: ["I'm now going to take it to the exams officer on Monday.", "So I'll raise it at the next huddle.", 'My next step is to ask the landlord for the old meter readings.'],
  OUTCOME_CHANGES: ['I cut the overtime bill in half.', 'We rolled it back, and the errors stopped.'],
  OUTCOME_CUES: ['As a result, missed doses dropped to zero.', 'His ticket times had gone from 14 minutes to 9.', 'My charting was down from about forty minutes to fifteen.'],

  // sectionLabel() matches these against the label alone ("Situation" of "Situation: …").
  'SECTION_LABELS[0]': ['Situation', 'Background'],
  'SECTION_LABELS[1]': ['Task', 'Objective'],
  'SECTION_LABELS[2]': ['Actions', 'What I did'],
  'SECTION_LABELS[3]': ['Result', 'Impact'],
  'SECTION_LABELS[4]': ['Lessons learnt', 'What I would do differently'],
};

/** One near miss per export: close to a cue, yet no pattern of that export may match it. */
const NEAR_MISSES: Record<string, string> = {
  // A closing that tells something is not filler.
  CLOSING_FILLER: 'That was the end of the double-charging.',
  // The standing background has no moment in it.
  TIME_ANCHOR: 'Each wave took about three months from data extract to the live weekend.',
  // Being asked *about* something is not an assignment.
  ASSIGNED: 'My manager asked me about the delay in the weekly report.',
  // Wanting to help someone in particular is an impact, not an idle motive.
  OPPORTUNISTIC_MOTIVE: 'I wanted to help customers who were double-charged get their refunds.',
  SCOPE_BOUNDARY: 'I picked up the ticket from our own backlog during sprint planning.',
  NOT_ASSIGNED: 'The returns bug was on our backlog and assigned to me.',
  ASSUMED_SUCCESS: "We confirmed the fix worked by rerunning last month's claims.",
  // "validation" as a noun is often the fix itself, not evidence.
  VALIDATION_EVIDENCE: 'We added input validation to the signup form.',
  CHECK_AGREED: "The totals didn't match the bank statement.",
  REPRODUCTION: 'I replaced the failing barcode scanner at till three.',
  // "happy to" is willingness, not an outcome.
  VAGUE_RESULT: 'I was happy to take the extra shifts.',
  BUSINESS_TERMS: 'I rewrote the onboarding guide in plain English.',
  SECOND_ORDER: 'I fixed the broken formula in the Q3 payroll sheet.',
  REFLECTION_OPENERS: 'The lesson plan for the new cashiers was ready by Monday.',
  SINCE_THEN_HABIT: 'I have reconciled the float every day since then.',
  REFLECTION_CUES: "I wouldn't have caught it without the audit log.",
  REFLECTION_AFTER_ACTION: 'I learned Excel macros on a weekend course.',
  GENERIC_REFLECTION: 'I learned to add a second signature on controlled drug counts.',
  MECHANISMS: 'I learned to be more careful with customers.',
  SYSTEMIC: 'The root cause was a typo in the VAT rate.',
  TRADEOFF: 'I ran the nightly batch myself for two weeks.',
  PROBLEM_CUES: 'I restocked the shelves and updated the price labels.',
  ARCHITECTURE_TERMS: "I called each patient's family to explain the delay.",
  TASK_CUES: 'The goal of the audit was unclear to everyone.',
  OUTCOME_CUES: 'I started the reconciliation on Monday.',
  PLAN_AHEAD: 'The team was going to miss the deadline until I split the work.',
  // A deed dated by the change is not an outcome in it.
  OUTCOME_CHANGES: 'We found that the failures started after the release.',
  // A word that starts like a label is not one.
  SECTION_LABELS: 'Situational awareness',
};

/** A non-global copy, so test() carries no lastIndex between calls. */
const plain = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));

/** The patterns of one export, keyed as in EXAMPLES; throws on a shape this table does not know. */
function patternsOf(name: string, value: unknown): Array<[string, RegExp]> {
  if (value instanceof RegExp) return [[name, value]];
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown, i): [string, RegExp] => {
    const re = item instanceof RegExp ? item : Array.isArray(item) && item[0] instanceof RegExp ? item[0] : null;
    if (!re) throw new Error(`${name}[${i}] is neither a RegExp nor a [RegExp, …] pair`);
    return [`${name}[${i}]`, re];
  });
}

const EXPORTS = Object.entries(cues).map(([name, value]) => [name, patternsOf(name, value)] as const).filter(([, patterns]) => patterns.length > 0);
const PATTERNS = new Map(EXPORTS.flatMap(([, patterns]) => patterns));

describe('cue patterns', () => {
  it.each(Object.entries(EXAMPLES))('%s matches its examples', (key, examples) => {
    const re = PATTERNS.get(key);
    expect(re, `${key} is not an exported pattern`).toBeInstanceOf(RegExp);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(plain(re!).test(foldCase(example)), `${key} should match: ${example}`).toBe(true);
  });

  it.each(Object.entries(NEAR_MISSES))('%s does not match its near miss', (name, sentence) => {
    const patterns = EXPORTS.find(([n]) => n === name)?.[1];
    expect(patterns, `${name} is not an exported pattern`).toBeDefined();
    const hits = patterns!.filter(([, re]) => plain(re).test(foldCase(sentence))).map(([key]) => key);
    expect(hits, `should not match: ${sentence}`).toEqual([]);
  });

  it('has an example for every exported pattern and every element of every list', () => {
    const missing = [...PATTERNS.keys()].filter((key) => !(EXAMPLES[key]?.length));
    expect(missing).toEqual([]);
    // And the lists are really there: a broken import must not pass as "nothing to cover".
    expect(PATTERNS.size).toBeGreaterThan(100);
    expect(PATTERNS.has('SCOPE_BOUNDARY[0]')).toBe(true);
  });
});

describe('cue patterns: contracted negations and "despite not being asked"', () => {
  const any = (list: readonly RegExp[], text: string) => list.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(foldCase(text)));
  it.each([
    "It wasn't in my remit, and the billing service wasn't our team's code.",
    "That queue isn't part of my team's scope.",
    'I fixed it despite not being asked to.',
  ])('SCOPE_BOUNDARY matches %s', (text) => expect(any(cues.SCOPE_BOUNDARY, text)).toBe(true));
  it.each(["It wasn't my job to check the fridge logs.", 'I took it on despite not being assigned.'])('NOT_ASSIGNED matches %s', (text) =>
    expect(any(cues.NOT_ASSIGNED, text)).toBe(true),
  );
});

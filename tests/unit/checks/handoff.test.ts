import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf, spanOf } from './helpers';

const handoffs = (text: string) => findingsOf('handoff', text);
const opening = 'I noticed a 0.3% webhook drop rate in the payments service. ';

describe('handoff', () => {
  it('flags routing the problem to someone who then handled it (the seed\'s quote)', () => {
    const text = opening + 'I did escalate it - I sent them a Slack message and they handled it.';
    const [f] = handoffs(text);
    expect(spanOf(text, f)).toBe('I did escalate it - I sent them a Slack message and they handled it');
    expect(f!.dimension).toBe('ownership');
  });

  it('flags raising it with a manager who escalated it, in other words', () => {
    const text = opening + 'I raised it with my manager, who escalated it to the owning team.';
    expect(spanOf(text, handoffs(text)[0])).toBe('I raised it with my manager, who escalated it to the owning team');
  });

  it('counts bringing a remedy as a fix whatever the verb, and a message as routing', () => {
    const ctx = 'At the clinic I noticed lab results were filed under the wrong patient. The records system belonged to IT, not me. ';
    const brought = ctx + 'I flagged it to their lead and brought a ready-to-merge fix, then verified the rollout.';
    expect(findingsOf('handoff', brought)).toEqual([]);
    const handed = ctx + 'I messaged their lead and handed them a patch with tests.';
    expect(findingsOf('handoff', handed)).toEqual([]);
    const message = ctx + 'I sent their lead a message about it.';
    expect(findingsOf('handoff', message).map((f) => f.id)).toEqual(['handoff']);
  });

  it('leaves telling another team alone when the speaker also brought the fix', () => {
    expect(handoffs(opening + 'I flagged the issue to their tech lead for visibility but brought a complete, ready-to-merge fix. I coordinated the rollout and verified deployment success.')).toEqual([]);
    expect(handoffs(answer())).toEqual([]);
  });

  it('replaces the handoff with flagging plus a fix seen through', () => {
    const text = opening + 'I sent the owners an email and they fixed it.';
    const [f] = handoffs(text);
    const after = applied(text, f!);
    expect(after).toBe(opening + 'I flagged it to [the owner] and brought [a ready-to-merge fix]; I coordinated the rollout and verified [the metric] after deployment.');
    const filled = fill(after, ['their tech lead', 'a retry fix', 'the drop rate']);
    expect(handoffs(filled)).toEqual([]);
  });
});

describe('handoff with the speaker hidden', () => {
  it('flags a passive escalation that someone else resolved', () => {
    const text = 'We got a spike of password-reset tickets. I looked into it and found the emails were going to spam. The issue was escalated to engineering and it was fixed.';
    expect(spanOf(text, handoffs(text)[0])).toBe('The issue was escalated to engineering and it was fixed');
  });
});

describe('handoff, routing verbs about other things', () => {
  it('leaves "patients were contacted" alone', () => {
    const text = 'Some patients were missing follow-up calls. I reviewed the call lists and rebuilt the schedule. Patients were contacted on time after that.';
    expect(handoffs(text)).toEqual([]);
  });

  it("flags another team's remedy after the report, even when the speaker watched the numbers afterwards", () => {
    const base = 'I noticed the nightly export was dropping rows for 3% of customers. It was not my team\'s job and nobody had asked. ';
    // "wrote it up" is a report, not a remedy; watching the counts afterwards is checking, not fixing.
    const report = base + 'I wrote it up with the row counts and sent it to the data team\'s lead. Her team rewrote the export\'s join the next sprint. I watched the counts for two weeks and they matched every night.';
    expect(spanOf(report, handoffs(report)[0])).toBe('I wrote it up with the row counts and sent it to the data team\'s lead');
    // Posting the details is routing them, as sending a message is.
    const posted = base + 'I posted the details in the data team\'s channel and they changed the export that week. The counts matched every night after that.';
    expect(handoffs(posted)).toHaveLength(1);
    // Bringing the remedy keeps it owned, whoever merges it.
    const owned = base + 'I set up a check that compared row counts each night and wrote a patch for the export. I sent the patch to the data team\'s lead, and her team merged it the next day.';
    expect(handoffs(owned)).toEqual([]);
  });

  it('reads "let" as passing the problem on only in "let them know"', () => {
    const text = 'The owner of three bakeries rang on a Thursday evening shouting that our export had failed and forty staff would not be paid. I let him finish, repeated the deadline back so he knew I had it, and asked to share his screen. His export stopped at one employee whose sort code had a space in it. I corrected the record with him watching and re-ran the export.';
    expect(handoffs(text)).toEqual([]);
    const routed = 'An angry customer rang because his payroll export had failed the night before payday. I let the support team know and they fixed it.';
    expect(handoffs(routed)).toHaveLength(1);
  });


  it('does not read the lesson after telling the owner as someone else resolving it', () => {
    const text = 'On a late shift in custody I noticed that a woman booked in as intoxicated had been put on hourly checks, although the guidance asks for half-hourly checks with rousing. I went to her cell at once and roused her, and she answered my questions. Then I moved her visits to every thirty minutes and told the custody sergeant, who said the inspector would go over the night\'s risk assessments at handover.\n\nMy lesson is concrete: the visit interval should be set automatically from the intoxication answer on the risk assessment, not typed in separately, and I put that request in the change log the same week.';
    expect(handoffs(text)).toEqual([]);
  });

});

describe('handoff: a remedy in the lesson is not one brought to this problem', () => {
  it('flags a story whose fix is another team\'s, though the lesson says what the speaker added since', () => {
    const text = "In March I noticed our sorter sending one carrier's parcels to the wrong chutes. I pulled forty of them and found the scanner was reading the sender's postcode barcode first. I emailed the carrier's account manager the forty examples, and their IT team changed the label template the following week. Mis-sorts from that carrier went from 40 a night to 2. I've since added a scanner test for every new carrier's labels before their first live night.";
    expect(handoffs(text)).toHaveLength(1);
  });
});

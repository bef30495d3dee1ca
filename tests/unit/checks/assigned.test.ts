import { describe, expect, it } from 'vitest';
import { answer, applied, findingsOf, spanOf } from './helpers';

const assignedOf = (text: string, question: 'caught-issue' | 'generic' = 'caught-issue') => findingsOf('assigned', text, { question });

describe('assigned', () => {
  it('flags a manager handing the work over, with the span of the ask', () => {
    const text = 'My manager asked me to look into the failing exports. I traced them to a bad cron schedule.';
    const [f] = assignedOf(text);
    expect(spanOf(text, f)).toBe('My manager asked me to');
    expect(f!.dimension).toBe('ownership');
  });

  it('flags "it was my sprint ticket" and "I was assigned"', () => {
    const t1 = 'It was my sprint ticket, so I picked up the invoice mismatch.';
    expect(spanOf(t1, assignedOf(t1)[0])).toBe('It was my sprint ticket');
    const t2 = 'I was assigned the patient-intake backlog after the audit.';
    expect(spanOf(t2, assignedOf(t2)[0])).toBe('I was assigned');
  });

  it('leaves "I was tasked with" as context, self-initiated work, and the generic question alone', () => {
    expect(assignedOf('I was tasked with migrating the billing service, and while doing it I noticed a 2% mismatch in another team\'s ledger.')).toEqual([]);
    expect(assignedOf(answer())).toEqual([]);
    expect(assignedOf('My manager asked me to look into the failing exports.', 'generic')).toEqual([]);
  });

  it('offers a self-initiated framing without rewriting the facts', () => {
    const text = 'My manager asked me to look into the failing exports.';
    const [f] = assignedOf(text);
    expect(f!.suggestion?.text).toMatch(/nobody had asked me/);
    // Nothing is replaced: whether it was assigned is a fact only the writer knows.
    expect(applied(text, f!)).toBe(text);
  });
});

describe('assigned, being asked about something', () => {
  it('leaves a manager asking about the numbers alone but flags handing the work over', () => {
    expect(assignedOf('My manager asked me about the odd refund numbers, and I said I would look.')).toEqual([]);
    const text = 'The support lead handed me the escalation queue.';
    expect(spanOf(text, assignedOf(text)[0])).toBe('The support lead handed me');
  });
});

describe('assigned, being given or told things', () => {
  it('leaves being given access or told a fact alone', () => {
    expect(assignedOf('I noticed refunds failing, so I was given access to their dashboards. I was told the job was flaky.')).toEqual([]);
    expect(assignedOf('I was asked to look into the refunds by the finance lead.')).toHaveLength(1);
  });
});

describe('assigned: any role the speaker answers to', () => {
  it('flags an ask from a supervisor named by any role noun', () => {
    const health = 'My charge nurse asked me to look into it after two patients missed evening doses.';
    expect(spanOf(health, assignedOf(health)[0])).toBe('My charge nurse asked me to');
    const retail = 'Our regional ops coordinator told us to audit the stockroom counts.';
    expect(spanOf(retail, assignedOf(retail)[0])).toBe('Our regional ops coordinator told us to');
    const school = 'The head teacher asked me to look into why parents were getting warning letters.';
    expect(spanOf(school, assignedOf(school)[0])).toBe('The head teacher asked me to');
    const passive = 'I was asked by the store manager to check why refunds were slow.';
    expect(assignedOf(passive)).toHaveLength(1);
  });

  it('does not flag being asked about something, or asking someone else', () => {
    expect(assignedOf('My charge nurse asked me about the missed doses, and I said I would dig in myself.')).toEqual([]);
    expect(assignedOf('I asked my charge nurse to review the checklist I wrote.')).toEqual([]);
  });

  it('reads a denied assignment as the boundary it states, not as an assignment', () => {
    for (const denial of [
      'He wasn\'t my patient and nobody had asked me to look at the pumps.',
      'Cylinders weren\'t my job and my manager never asked me to check them.',
      'I was not asked to review the accruals.',
    ]) {
      const text = 'On a night shift I noticed a heparin pump running at ten times the prescribed rate. ' + denial + ' I paused the pump and bleeped the registrar.';
      expect(findingsOf('assigned', text), denial).toEqual([]);
    }
    // The same words without the denial are an assignment.
    expect(findingsOf('assigned', 'My charge nurse asked me to check the pumps on the ward. I found one running at ten times the rate.')).toHaveLength(1);
  });
});

describe('assigned: an assignment after a lesson-like line of background', () => {
  it('still reads "the finance manager asked me to look into it" as the assignment', () => {
    const text = "I trained as a bookkeeper at a small practice, where I mostly did accounts for sole traders. After qualifying I moved in-house to a group with six companies as a management accountant. That move taught me how different group reporting is, because every month the companies have to agree their intercompany balances before the close. In my second year the finance manager asked me to look into why two companies' intercompany accounts would not agree. I matched every recharge line by invoice number and found two rent recharges never raised. I raised the missing invoices and reconciled the account again, and it agreed to the penny.";
    const [f] = findingsOf('assigned', text);
    expect(spanOf(text, f)).toBe('the finance manager asked me to');
  });
});

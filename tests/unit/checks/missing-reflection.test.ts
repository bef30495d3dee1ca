import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf } from './helpers';

const reflection = (text: string) => findingsOf('missing-reflection', text);

describe('missing-reflection', () => {
  it('flags an answer that ends without a lesson, without a span', () => {
    const [f] = reflection(answer(['reflection']));
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(f!.dimension).toBe('reflection');
  });

  it('recognises lessons however they open', () => {
    expect(reflection(answer())).toEqual([]);
    expect(reflection(answer([], { reflection: 'The takeaway for me: every cross-team webhook needs an owner and an SLO.' }))).toEqual([]);
    expect(reflection(answer([], { reflection: 'If I did it again, I would add the alert before the fix.' }))).toEqual([]);
  });

  it('appends a lesson placeholder at the end that passes once filled', () => {
    const text = answer(['reflection']);
    const after = applied(text, reflection(text)[0]!);
    expect(after.startsWith(text + ' Looking back, I would propose [')).toBe(true);
    expect(reflection(fill(after, ['a shared SLO', 'the webhook boundary', 'silent drops']))).toEqual([]);
  });
});

describe('missing-reflection, discovery versus lesson', () => {
  it('reads "I realized that…" before any action as the problem, not a lesson', () => {
    const text = 'One day I realized that failed deliveries at one depot were twice the others. I traced it to a toll setting and changed it.';
    expect(reflection(text)).toHaveLength(1);
    expect(reflection(text + ' I realized that depots need a shared exception report.')).toEqual([]);
  });
});

describe('missing-reflection, other openings', () => {
  it.each([
    'One thing I would do differently is add the alert before writing the fix.',
    'Since then I always add a dead letter queue alert to every webhook consumer.',
    'The main lesson was that cross-team webhooks need an owner and an SLO.',
  ])('recognises: %s', (lesson) => {
    expect(reflection(answer([], { reflection: lesson }))).toEqual([]);
  });
});

describe('missing-reflection in pasted bullets', () => {
  it('inserts the lesson as a new bullet of the same kind', () => {
    const text = '- Noticed 5% of invoices were unpaid\n- Traced it to a broken reminder job and fixed it\n- Unpaid invoices went from 5% to 1%';
    const after = applied(text, reflection(text)[0]!);
    expect(after.startsWith(text + '\n- Looking back, I would propose [')).toBe(true);
    expect(after.endsWith('is caught earlier')).toBe(true);
  });
});

describe('missing-reflection: more ways a lesson opens', () => {
  const base = answer(['reflection']);
  it('recognises lessons that open without the word "lesson"', () => {
    for (const lesson of [
      'What I took from it: the sync had no owner, so I set up an alert that pages its on-call.',
      'The systemic cause was that nobody owned the boundary between billing and payments.',
      'The real gap was that no dashboard showed the refund failure rate.',
      'Since then, I review every new integration for a named owner before launch.',
      'If I did it again, I would add a reconciliation report on day one.',
    ]) expect(reflection(`${base} ${lesson}`)).toEqual([]);
  });

  it('recognises a lesson written under a Result label', () => {
    const text = 'Situation: Our ward\'s discharge letters were missing allergy notes, and nobody had asked me to look.\nAction: I audited 40 letters and rewrote the template.\nResult: Missing notes went from 12 a week to zero. Going forward, I added a checklist step to the discharge review.';
    expect(reflection(text)).toEqual([]);
  });

  it('does not read a past-tense result opening with "since then" as a lesson', () => {
    expect(reflection(base + ' Since then, the error rate stayed at zero.')).toHaveLength(1);
  });
});

describe('missing-reflection: a habit the story taught', () => {
  const base = answer(['reflection']);
  it('reads a present-tense habit with "now" after the story, or a named insight, as the lesson', () => {
    expect(reflection(`${base} I now add a reconciliation step to every month-end close.`)).toEqual([]);
    expect(reflection(`${base} The key insight was that the vendor feed had no owner on either side.`)).toEqual([]);
  });

  it('does not read a past-tense action or a measured "now" as a lesson', () => {
    // A step added for good is a changed practice (the labelled sentences read it so); a one-off deed is not.
    expect(reflection(`${base} I then re-ran the March close with the corrected rates.`)).toHaveLength(1);
    expect(reflection(`${base} Close now takes 2 days instead of 5.`)).toHaveLength(1);
  });
});

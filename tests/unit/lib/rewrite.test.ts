import { describe, expect, it } from 'vitest';
import { analyze, resolveOptions } from '../../../lib/analyze';
import { applySuggestion } from '../../../lib/apply';
import { buildDoc } from '../../../lib/document';
import { answerSubject, measuredChange } from '../../../lib/rewrite';
import type { Finding } from '../../../lib/types';

// The same vague ending told in four trades: the rewrite must be about each answer's own subject.
const VAGUE = 'The team was happy and the manager said it was a good job.';
const ANSWERS = {
  nursing: {
    problem: "On a night shift I noticed two patients with the same surname were getting each other's medication charts.",
    action: 'I checked the wristbands against the pharmacy record and moved one patient to another bay.',
    subject: 'medication charts',
  },
  accounting: {
    problem: 'During the quarter-end close I found duplicate vendor invoices in the ledger.',
    action: 'I reconciled the ledger against the bank statement and reversed the duplicate payments.',
    subject: 'duplicate vendor invoices',
  },
  retail: {
    problem: 'At the store I noticed our best-selling sizes kept running out before the weekend.',
    action: 'I reorganised the stockroom and set up a weekly count.',
    subject: 'best-selling sizes',
  },
  software: {
    problem: 'I noticed our deploy failures kept blocking releases on Fridays.',
    action: 'I traced them to a flaky migration step and rewrote it.',
    subject: 'deploy failures',
  },
} as const;

const textOf = (a: (typeof ANSWERS)[keyof typeof ANSWERS]) => `${a.problem} ${a.action} ${VAGUE}`;
const one = (text: string, id: string): Finding => {
  const f = analyze(text).findings.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} finding for: ${text}`);
  return f;
};
/** The words inside the first [placeholder] of a rewrite. */
const firstPlaceholder = (s: string) => /\[([^\]]+)\]/.exec(s)?.[1];

describe('rewrites keep the answer\'s own words', () => {
  it.each(Object.entries(ANSWERS))('%s: the vague result becomes a measured change of what the answer is about', (_, a) => {
    const text = textOf(a);
    const vague = one(text, 'vague-result');
    expect(text.slice(vague.start, vague.end)).toMatch(/^The team was happy/);
    const rewrite = vague.suggestion!.text;
    expect(rewrite).not.toMatch(/^\[metric\]/i);
    expect(firstPlaceholder(rewrite)!.toLowerCase()).toBe(a.subject);
    // Words of the answer, as written (only the first letter capitalised at the start of a sentence).
    expect(text.toLowerCase()).toContain(firstPlaceholder(rewrite)!.toLowerCase());
    expect(rewrite).toMatch(/\] went from \[X\] to \[Y\]/);
    // No number, team or outcome invented: everything the user must supply stays in brackets.
    expect(rewrite.replace(/\[[^\]]*\]/g, '')).not.toMatch(/\d/);
  });

  it.each(Object.entries(ANSWERS))('%s: the inserted metric names the same subject, as its own sentence after the result', (_, a) => {
    const text = textOf(a);
    const metric = one(text, 'missing-metric');
    const after = applySuggestion(text, metric);
    const inserted = `${a.subject[0]!.toUpperCase()}${a.subject.slice(1)}`;
    expect(after).toBe(`${text} [${inserted}] went from [X] to [Y] after the fix.`);
  });

  it.each(Object.entries(ANSWERS))('%s: insertions go where the rubric puts them, each as its own sentence', (_, a) => {
    const text = textOf(a);
    // Scope: right after the sentence that states the problem.
    const scope = applySuggestion(text, one(text, 'missing-scope'));
    expect(scope.startsWith(`${a.problem} [`)).toBe(true);
    expect(scope).toContain(`no ticket or request. ${a.action}`);
    // Reflection: at the very end.
    const lesson = applySuggestion(text, one(text, 'missing-reflection'));
    expect(lesson.startsWith(`${text} Looking back, `)).toBe(true);
    expect(lesson.endsWith('.')).toBe(true);
  });

  it('falls back to a neutral placeholder when the answer names nothing measurable', () => {
    const doc = buildDoc('It went well.', resolveOptions());
    expect(answerSubject(doc)).toBeNull();
    expect(measuredChange(doc)).toBe('[metric] went from [X] to [Y]');
  });

  it('reads a change word as part of a name only inside a compound', () => {
    const subject = (t: string) => answerSubject(buildDoc(t, resolveOptions()));
    expect(subject('Last spring I noticed a 0.3% webhook drop rate in the payments service.')).toBe('webhook drop rate');
    expect(subject('I noticed a drop in deliveries last spring.')).toBe('deliveries');
    // People, praise and time are never the subject of a measured result.
    expect(subject('The manager was happy last week.')).toBeNull();
  });
});

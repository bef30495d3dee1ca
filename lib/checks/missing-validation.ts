import { defineCheck } from './define';
import { firstOwnAction, lessonSentences, plays } from '../roles/query';
import { matchCue, negatedAt, predicates, type Predicate } from '../grammar';
import type { AnalyzedDoc, Sentence } from '../doc-model';
import { insertAfter } from '../rewrite';
import { CHECK_AGREED, REPRODUCTION, VALIDATION_EVIDENCE } from '../data/cues';
import { CONTAINMENT_VERBS, FIX_VERBS, REDO_STEMS, VALIDATION_VERBS } from '../data/verbs';

/**
 * A sentence that confirms a cause or verifies a fix, looking only at what comes from offset
 * `from` on (the fix's own verb, when the fix and its check share a sentence).
 */
export function showsValidation(s: Sentence, from = s.start): boolean {
  // "I never measured it myself" tells a check that was not made.
  const at = (p: Predicate) => s.tokens[p.verb]!.start >= from && !negatedAt(s.tokens, p.verb);
  if (evidenceCue(s, from)) return true;
  // A check made after the fix, by the speaker or by a second person ("I re-ran the report", "with a
  // second nurse independently checking the pump against the chart"). A tool named beside the work
  // ("added alerts", "a dashboard") is a mechanism, not evidence that the fix worked.
  if (predicates(s).some((p) => at(p) && !p.passive && VALIDATION_VERBS.has(s.tokens[p.verb]!.root))) return true;
  // A check told as a gerund beside the fix ("…with a second nurse independently checking the pump").
  return s.tokens.some((t, k) => t.start >= from && t.tags.has('Gerund') && VALIDATION_VERBS.has(t.root) && !negatedAt(s.tokens, k));
}

/** A verification word at or after `from`, not negated ("I never monitored it"). */
function evidenceCue(s: Sentence, from: number): boolean {
  const m = matchCue(s, VALIDATION_EVIDENCE);
  return m !== null && m.start >= from && !negatedAt(s.tokens, s.tokens.findIndex((t) => t.start >= m.start));
}

/** Doing a check again, whoever does it: "I rechecked all six trolleys", "the counts were re-run". */
function redoes(s: Sentence): boolean {
  return predicates(s).some((p) => {
    const m = /^re-?(\w+)$/.exec(s.tokens[p.verb]!.normal.replace(/(?:ed|ing|s)$/, ''));
    const stem = m?.[1];
    return stem !== undefined && (REDO_STEMS.has(stem) || REDO_STEMS.has(stem.replace(/e$/, '')) || REDO_STEMS.has(stem + 'e'));
  });
}

/**
 * A verb of fixing or of containing the harm: "wrote a patch", "reset the pump" (a fix done again:
 * "re" + a fixing verb), "paused the infusion".
 */
function fixes(root: string): boolean {
  if (FIX_VERBS.has(root) || CONTAINMENT_VERBS.has(root)) return true;
  const again = /^re-?(\w{3,})$/.exec(root)?.[1];
  return again !== undefined && FIX_VERBS.has(again);
}

/** Where the fix is first described: the first verb of the fixing kind, whoever its actor ("I wrote a patch", "a fix was deployed"). */
function fixPosition(doc: AnalyzedDoc, lessons: ReadonlySet<Sentence>): { index: number; offset: number } | null {
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    // "What I changed for good: …" is the lesson, not the story's fix.
    if (s.section === 'situation' || s.section === 'reflection' || lessons.has(s)) continue;
    // The background ("I prepared the monthly reports") and the problem are not the fix, whatever their verbs.
    if ((plays(doc, i, 'context') || (plays(doc, i, 'problem') && !plays(doc, i, 'action')))) continue;
    const p = predicates(s).find((q) => fixes(s.tokens[q.verb]!.root) && (q.passive || q.actor === 'i' || q.actor === 'we' || q.actor === 'group' || q.actor === 'implicit'));
    if (p) return { index: i, offset: s.tokens[p.verb]!.start };
  }
  return null;
}

export const missingValidation = defineCheck({
  id: 'missing-validation',
  dimension: 'validation',
  title: 'No verification',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    // Verification is about the fix: investigation before it ("I compared the exports", "I checked
    // the logs") does not verify anything. Reproducing the failure confirms the cause wherever it is told.
    // A lesson about testing ("proper testing before a go-live is non-negotiable") verifies nothing.
    const lessons = new Set(lessonSentences(doc));
    const fix = fixPosition(doc, lessons);
    const evidence = doc.sentences.some((s, i) => {
      if (s.section === 'situation' || lessons.has(s)) return false;
      if (matchCue(s, REPRODUCTION)) return true;
      // No fix told: only explicit verification words count ("verified", "tested", "monitored"), not investigation.
      if (!fix) return evidenceCue(s, s.start);
      if (i < fix.index) return false;
      return showsValidation(s, i === fix.index ? fix.offset : s.start);
    });
    // The role reader recognises checks beyond the verbs listed here: reconciling against the bank
    // statement, a second pharmacist's check, watching the patient's observations afterwards.
    const from = fix ? fix.index : Math.max(0, firstOwnAction(doc));
    const read = doc.sentences.some((s, i) => i >= from && !lessons.has(s) && (plays(doc, i, 'verification') || redoes(s) || matchCue(s, CHECK_AGREED) !== null));
    if (evidence || read) return [];
    const actions = doc.sentences.filter((s) => s.section === 'action');
    const anchor = actions.length ? actions[actions.length - 1] : doc.problemIndex !== null ? doc.sentences[doc.problemIndex] : undefined;
    return [
      finding('major',
        null,
        'Show the cause was confirmed and the fix verified, after your actions: a reproduction, a test, or a metric you tracked.',
        insertAfter(doc, anchor, 'I reproduced [the failure] in [staging / a test] to confirm the cause, then tracked [metric] after rollout to confirm the fix.'),
      ),
    ];
  },
});

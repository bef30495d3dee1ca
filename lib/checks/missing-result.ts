import { defineCheck } from './define';
import { sentenceFeatures } from '../sections';
import { firstOwnAction, lessonSentences, plays } from '../roles/query';
import { predicates } from '../grammar';
import type { AnalyzedDoc, Sentence } from '../doc-model';
import { insertAfter, measuredChange } from '../rewrite';

export const missingResult = defineCheck({
  id: 'missing-result',
  dimension: 'structure',
  title: 'No result',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    const lessons = new Set(lessonSentences(doc));
    // A result is what a sentence does, not a keyword: an event ("back online in 40 minutes") or a
    // state ("the patient stabilised") counts as much as a metric, and a measured change counts however it is placed.
    const firstAct = doc.roles.findIndex((r) => r.roles.has('action'));
    const ownFrom = firstOwnAction(doc);
    const landed = doc.sentences.some(
      (s, i) =>
        !lessons.has(s) &&
        (plays(doc, i, 'result') ||
          (s.section === 'result' && sentenceFeatures(s).measuredResult) ||
          // An outcome told at the end of an action ("…and after that it was fine") still lands one.
          (firstAct >= 0 && i >= firstAct && sentenceFeatures(s).result && !plays(doc, i, 'problem')) ||
          othersRespond(doc, s, i, ownFrom)),
    );
    if (landed) return [];
    const acts = doc.sentences.filter((s) => s.section === 'action' || s.section === 'task');
    return [
      finding('major',
        null,
        'Land the result after your actions: what changed because of what you did.',
        insertAfter(doc, acts[acts.length - 1], `As a result, ${measuredChange(doc)}.`),
      ),
    ];
  },
});

/**
 * What others did once the speaker had acted is how the story ended: "He kept us on for the next
 * year", "He was released with the correct date", "Her team rewrote the join the next sprint". A
 * finished past event by someone other than the speaker, after the speaker's first deed; not
 * something still going on ("the engineers were working on it") nor the problem or a lesson.
 */
function othersRespond(doc: AnalyzedDoc, s: Sentence, i: number, ownFrom: number): boolean {
  if (ownFrom < 0 || i <= ownFrom) return false;
  const r = doc.roles[i]!;
  if (r.roles.has('problem') || r.roles.has('context') || r.roles.has('lesson') || r.roles.has('filler')) return false;
  if ((r.roles.has('action') || r.roles.has('verification')) && (r.actor === 'I' || r.actor === 'we')) return false;
  return predicates(s).some((p) => {
    if (p.actor === 'i' || p.actor === 'we' || p.actor === 'implicit') return false;
    const verb = s.tokens[p.verb]!;
    const aux = p.aux >= 0 ? s.tokens[p.aux]! : null;
    if (aux && (aux.tags.has('Modal') || /^(?:will|would|could|should|might|may|can)$/.test(aux.normal))) return false;
    if (verb.tags.has('Gerund') || s.tokens.slice(Math.max(0, p.aux), p.verb).some((t) => t.tags.has('Gerund'))) return false;
    return verb.tags.has('PastTense');
  });
}

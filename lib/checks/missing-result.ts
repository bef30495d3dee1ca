import { defineCheck } from './define';
import { sentenceFeatures } from '../sections';
import { lessonSentences, plays } from '../roles/query';
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
    const landed = doc.sentences.some(
      (s, i) =>
        !lessons.has(s) &&
        (plays(doc, i, 'result') ||
          (s.section === 'result' && sentenceFeatures(s).measuredResult) ||
          // An outcome told at the end of an action ("…and after that it was fine") still lands one.
          (firstAct >= 0 && i >= firstAct && sentenceFeatures(s).result && !plays(doc, i, 'problem'))),
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

import { defineCheck } from './define';
import { sentenceFeatures } from '../sections';
import { lessonSentences, ownAction, plays } from '../roles/query';
import { matchCue } from '../grammar';
import { hasMetricDelta } from '../outcome';
import type { Sentence } from '../doc-model';
import { OUTCOME_CUES, SECOND_ORDER, VAGUE_RESULT } from '../data/cues';
import { insertAfter, measuredChange } from '../rewrite';

const RESULT_WORDS = [OUTCOME_CUES, SECOND_ORDER, VAGUE_RESULT];

/** A deed that measures what it changed: a before and after, or a share or sum that moved ("reduced missed doses by 40%"). */
function measuredOutcome(s: Sentence): boolean {
  return hasMetricDelta(s) || (sentenceFeatures(s).measuredResult && /\d\s?(?:%|per ?cent)|[$£€]\s?\d/i.test(s.text));
}

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
    const landed = doc.sentences.some((s, i) => {
      if (lessons.has(s)) return false;
      if (plays(doc, i, 'result')) return true;
      // The speaker's own deed with a figure in it ("moved its run time to 9:30") is still a deed:
      // it lands a result only when it says what followed ("…and after that it was fine").
      if (ownAction(doc, i)) return firstAct >= 0 && i >= firstAct && (measuredOutcome(s) || RESULT_WORDS.some((re) => matchCue(s, re) !== null));
      return (s.section === 'result' && sentenceFeatures(s).measuredResult) || (firstAct >= 0 && i >= firstAct && sentenceFeatures(s).result && !plays(doc, i, 'problem'));
    });
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

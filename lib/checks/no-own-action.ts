import { defineCheck } from './define';
import { lessonSentences, ownAction } from '../roles/query';
import { isPerception, speakerDeeds } from '../grammar';
import { sentenceFeatures } from '../sections';
import type { AnalyzedDoc, Sentence } from '../doc-model';

/** Whether sentence `i` tells an action of the story with someone other than the speaker, or nobody, as its actor. */
function othersAct(doc: AnalyzedDoc, i: number): boolean {
  const r = doc.roles[i]!;
  return (r.roles.has('action') || r.roles.has('verification')) && r.actor !== null && r.actor !== 'I';
}

/**
 * The speaker never acts: no sentence of the story has the speaker doing anything but noticing
 * ("I noticed the notices had not gone out. Eventually it all got sorted out."). Ownership cannot be
 * strong when nothing is owned. Where a group or a passive carries the work, "we" and hidden-actor
 * findings already say so with a span; this one speaks when nothing else would.
 */
export const noOwnAction = defineCheck({
  id: 'no-own-action',
  dimension: 'ownership',
  title: 'You never act',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    const lessons = new Set(lessonSentences(doc));
    const told = doc.sentences.filter((s) => s.section !== 'reflection');
    // The speaker's own deed, read by the role reader or by the clauses ("I checked all six trolleys"
    // inside a sentence read as the scope); seeing or noticing is the discovery, not a deed. A
    // sentence read as a lesson still tells a deed when its verb is past ("I insisted on the highest
    // standards by fixing it"); "if you believe in it, people come round" tells none.
    const pastDeed = (s: Sentence) => speakerDeeds(s).some((p) => !isPerception(s.tokens, p) && s.tokens[p.verb]!.tags.has('PastTense'));
    const acted = told.some((s) => (lessons.has(s) ? pastDeed(s) : ownAction(doc, s.index) || sentenceFeatures(s).speakerAction));
    if (acted || told.some((s) => !lessons.has(s) && othersAct(doc, s.index))) return [];
    return [
      finding('major',
        null,
        'Nothing here is done by you: say what you yourself did about it, with “I”, right after the problem.',
      ),
    ];
  },
});

import { defineCheck } from './define';
import { lessonSentences, ownAction, plays } from '../roles/query';
import { sentenceFeatures } from '../sections';
import { insertAfter } from '../rewrite';
import type { AnalyzedDoc, Sentence } from '../doc-model';

function ourAction(doc: AnalyzedDoc, i: number): boolean {
  return plays(doc, i, 'action') && doc.roles[i]!.actor === 'we';
}

export const missingAction = defineCheck({
  id: 'missing-action',
  dimension: 'structure',
  title: 'No actions',
  run(doc, finding) {
    // Actions told inside a result sentence ("I found the bug, fixed it, and failures fell to zero") count.
    // The speaker must be among the actors: an answer whose actions are all passive ("the issue was
    // investigated") or another's has no action of theirs, and the speaker's job told as context
    // ("I teach geography") or the discovery told as the problem ("I was looking through the trip
    // pack and noticed…") is not an action of the story. "We rebuilt the templates" is an action:
    // whose it was is ownership's question (we-action), not structure's.
    const lessons = new Set(lessonSentences(doc));
    // A "Situation:" label over the whole answer does not make its deeds context: after the problem,
    // an action the role reader reads is the story's, whatever section the rules gave it.
    const told = (s: Sentence, i: number) => s.section !== 'situation' || (doc.problemIndex !== null && i > doc.problemIndex);
    const acted = doc.sentences.some((s, i) => !lessons.has(s) && told(s, i) && (ownAction(doc, i) || ourAction(doc, i) || (sentenceFeatures(s).speakerAction && !plays(doc, i, 'context') && !plays(doc, i, 'problem'))));
    if (doc.sentences.length === 0 || acted) return [];
    const anchor = doc.problemIndex !== null ? doc.sentences[doc.problemIndex] : doc.sentences[doc.sentences.length - 1];
    return [
      finding('major',
        null,
        'Say what you did, step by step with “I”, right after the problem.',
        insertAfter(doc, anchor, 'I [investigated: e.g. pulled the logs and traced the failure to its cause], then [fixed it: e.g. wrote and shipped the fix].'),
      ),
    ];
  },
});

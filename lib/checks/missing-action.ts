import { defineCheck } from './define';
import { sentenceFeatures } from '../sections';
import { insertAfter } from '../rewrite';

export const missingAction = defineCheck({
  id: 'missing-action',
  dimension: 'structure',
  title: 'No actions',
  run(doc, finding) {
    // Actions told inside a result sentence ("I found the bug, fixed it, and failures fell to zero") count.
    const acted = doc.sentences.some((s) => s.section === 'action' || (s.section !== 'situation' && sentenceFeatures(s).speakerAction));
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

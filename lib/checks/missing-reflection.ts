import { defineCheck } from './define';
import { lessonSentences } from '../roles/query';
import { insertAfter } from '../rewrite';

export const missingReflection = defineCheck({
  id: 'missing-reflection',
  dimension: 'reflection',
  title: 'No lesson',
  run(doc, finding) {
    if (doc.sentences.length === 0 || lessonSentences(doc).length > 0) return [];
    return [
      finding('major',
        null,
        'End with a lesson tied to this story: the mechanism you would put in place next time.',
        insertAfter(doc, undefined, 'Looking back, I would propose [a concrete mechanism: a shared SLO, an alert, a contract test or an owner] for [the gap in this story] so [this failure] is caught earlier.'),
      ),
    ];
  },
});

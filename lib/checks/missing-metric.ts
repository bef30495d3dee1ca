import { defineCheck } from './define';
import { hasMetricDelta, hasSplitDelta, outcomeSentences, resultAnchor } from '../outcome';
import { capitalizeIfStart, insertAfter, measuredChange } from '../rewrite';

export const missingMetric = defineCheck({
  id: 'missing-metric',
  dimension: 'quantification',
  title: 'No before → after metric',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    // The before can be told with the problem and the after in the result.
    if (outcomeSentences(doc).some((s) => hasMetricDelta(s) || hasSplitDelta(doc, s))) return [];
    return [
      finding('major',
        null,
        'Measure the result: say how a number moved, before → after, at the end of what you did.',
        insertAfter(doc, resultAnchor(doc), `${capitalizeIfStart(measuredChange(doc), true)} after the fix.`),
      ),
    ];
  },
});

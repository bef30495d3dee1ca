import type { Check } from './types';
import { makeFinding } from '../findings';
import { hasMetricDelta, outcomeSentences, resultAnchor } from '../outcome';
import { insertAfter } from '../rewrite';

export const missingMetric: Check = {
  id: 'missing-metric',
  run(doc) {
    if (doc.sentences.length === 0 || outcomeSentences(doc).some(hasMetricDelta)) return [];
    return [
      makeFinding(
        'missing-metric',
        'major',
        null,
        'Measure the result: say how a number moved, before → after, at the end of what you did.',
        insertAfter(doc, resultAnchor(doc), '[Metric] went from [X] to [Y] after the fix.'),
      ),
    ];
  },
};

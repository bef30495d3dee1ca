import type { Check } from './types';
import { makeFinding } from '../findings';
import { hasBusinessValue, outcomeSentences, resultAnchor } from '../outcome';
import { insertAfter } from '../rewrite';

export const missingBusinessImpact: Check = {
  id: 'missing-business-impact',
  run(doc) {
    if (doc.sentences.length === 0 || outcomeSentences(doc).some(hasBusinessValue)) return [];
    return [
      makeFinding(
        'missing-business-impact',
        'minor',
        null,
        'Translate the result into business value (money, customers, hours or tickets) next to the metric.',
        insertAfter(doc, resultAnchor(doc), 'That was worth [$Z a week / N customers / N hours saved].'),
      ),
    ];
  },
};

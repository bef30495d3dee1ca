import { defineCheck } from './define';
import { hasBusinessValue, outcomeSentences, resultAnchor } from '../outcome';
import { insertAfter } from '../rewrite';

export const missingBusinessImpact = defineCheck({
  id: 'missing-business-impact',
  dimension: 'quantification',
  title: 'No business value',
  run(doc, finding) {
    if (doc.sentences.length === 0 || outcomeSentences(doc).some(hasBusinessValue)) return [];
    return [
      finding('minor',
        null,
        'Translate the result into business value (money, customers, hours or tickets) next to the metric.',
        insertAfter(doc, resultAnchor(doc), 'That was worth [$Z a week / N customers / N hours saved].'),
      ),
    ];
  },
});

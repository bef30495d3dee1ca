import { defineCheck } from './define';
import { hasSecondOrder, outcomeSentences, resultAnchor } from '../outcome';
import { insertAfter } from '../rewrite';

export const missingSecondOrder = defineCheck({
  id: 'missing-second-order',
  dimension: 'quantification',
  title: 'No wider effect',
  run(doc, finding) {
    if (doc.sentences.length === 0 || outcomeSentences(doc).some(hasSecondOrder)) return [];
    // Entry-level answers are not expected to reach beyond the own team: advice only.
    const severity = doc.options.level === 'entry' ? 'hint' : 'minor';
    return [
      finding(severity,
        null,
        'Say how the work spread beyond the fix: another team adopted it, or it became a standard.',
        insertAfter(doc, resultAnchor(doc), '[Team] adopted [the pattern] for [their services].'),
      ),
    ];
  },
});

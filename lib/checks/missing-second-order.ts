import type { Check } from './types';
import { makeFinding } from '../findings';
import { hasSecondOrder, outcomeSentences, resultAnchor } from '../outcome';
import { insertAfter } from '../rewrite';

export const missingSecondOrder: Check = {
  id: 'missing-second-order',
  run(doc) {
    if (doc.sentences.length === 0 || outcomeSentences(doc).some(hasSecondOrder)) return [];
    // Entry-level answers are not expected to reach beyond the own team: advice only.
    const severity = doc.options.level === 'entry' ? 'hint' : 'minor';
    return [
      makeFinding(
        'missing-second-order',
        severity,
        null,
        'Say how the work spread beyond the fix: another team adopted it, or it became a standard.',
        insertAfter(doc, resultAnchor(doc), '[Team] adopted [the pattern] for [their services].'),
      ),
    ];
  },
};

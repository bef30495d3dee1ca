import type { Check } from './types';
import { makeFinding } from '../findings';
import { insertAfter } from '../rewrite';

export const missingReflection: Check = {
  id: 'missing-reflection',
  run(doc) {
    if (doc.sentences.length === 0 || doc.sentences.some((s) => s.section === 'reflection')) return [];
    return [
      makeFinding(
        'missing-reflection',
        'major',
        null,
        'End with a lesson tied to this story: the mechanism you would put in place next time.',
        insertAfter(doc, undefined, 'Looking back, I would propose [a concrete mechanism: a shared SLO, an alert, a contract test or an owner] for [the gap in this story] so [this failure] is caught earlier.'),
      ),
    ];
  },
};

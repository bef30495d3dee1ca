import type { Check } from './types';
import { makeFinding } from '../findings';
import { insertAfter } from '../rewrite';

export const missingResult: Check = {
  id: 'missing-result',
  run(doc) {
    if (doc.sentences.length === 0 || doc.sentences.some((s) => s.section === 'result')) return [];
    const acts = doc.sentences.filter((s) => s.section === 'action' || s.section === 'task');
    return [
      makeFinding(
        'missing-result',
        'major',
        null,
        'Land the result after your actions: what changed because of what you did.',
        insertAfter(doc, acts[acts.length - 1], 'As a result, [metric] went from [X] to [Y].'),
      ),
    ];
  },
};

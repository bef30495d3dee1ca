import { defineCheck } from './define';
import { insertAfter } from '../rewrite';

export const missingResult = defineCheck({
  id: 'missing-result',
  dimension: 'structure',
  title: 'No result',
  run(doc, finding) {
    if (doc.sentences.length === 0 || doc.sentences.some((s) => s.section === 'result')) return [];
    const acts = doc.sentences.filter((s) => s.section === 'action' || s.section === 'task');
    return [
      finding('major',
        null,
        'Land the result after your actions: what changed because of what you did.',
        insertAfter(doc, acts[acts.length - 1], 'As a result, [metric] went from [X] to [Y].'),
      ),
    ];
  },
});

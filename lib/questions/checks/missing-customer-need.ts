import { defineCheck } from '../../checks/define';
import { foldCase } from '../../grammar';
import { CUSTOMER, CUSTOMER_NEED, CUSTOMER_NOUN } from '../../data/family-cues';
import { insertAfter } from '../../rewrite';
import { firstActIndex, problemSentence } from './helpers';

export const missingCustomerNeed = defineCheck({
  id: 'missing-customer-need',
  dimension: 'structure',
  title: 'The customer’s need is missing',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    const named = doc.sentences.some((s) => CUSTOMER_NOUN.test(foldCase(s.text)));
    // The need is told before (or as) the story acts: who the customer was and what they needed or suffered.
    const until = Math.max(firstActIndex(doc), doc.problemIndex ?? 0) + 1;
    const need = doc.sentences.slice(0, until + 1).some((s) => {
      const t = foldCase(s.text);
      return (CUSTOMER.test(t) || CUSTOMER_NOUN.test(t)) && CUSTOMER_NEED.test(t);
    });
    if (named && need) return [];
    return [
      finding('major', null,
        'Start from the customer: who they were and what they needed, in their terms, before what you did.',
        insertAfter(doc, problemSentence(doc), '[The customer] needed [what they were trying to do], and [what was going wrong for them].'),
      ),
    ];
  },
});

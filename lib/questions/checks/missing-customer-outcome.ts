import { defineCheck } from '../../checks/define';
import { foldCase, hasQuantity } from '../../grammar';
import { CUSTOMER, CUSTOMER_MEASURE, CUSTOMER_RETURNED } from '../../data/family-cues';
import { insertAfter } from '../../rewrite';
import { firstOwnAction, plays } from '../../roles/query';
import { lastStorySentence } from './helpers';

export const missingCustomerOutcome = defineCheck({
  id: 'missing-customer-outcome',
  dimension: 'quantification',
  title: 'No measured outcome for the customer',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    const from = Math.max(0, firstOwnAction(doc));
    const landed = doc.sentences.some((s, i) => {
      const t = foldCase(s.text);
      // What the customer did next, told after the speaker acts: "they renewed", "she came back".
      if (i > from && s.section !== 'reflection' && CUSTOMER_RETURNED.test(t)) return true;
      if (!plays(doc, i, 'result') && s.section !== 'result') return false;
      const forThem = CUSTOMER.test(t) || CUSTOMER_MEASURE.test(t);
      const measured = hasQuantity(s) || doc.roles[i]!.results.has('metric') || CUSTOMER_MEASURE.test(t);
      return forThem && measured && !doc.roles[i]!.results.has('vague');
    });
    if (landed) return [];
    return [
      finding('major', null,
        'Measure the outcome for the customer: what changed for them, in numbers or in what they did next (renewed, came back).',
        insertAfter(doc, lastStorySentence(doc), 'For [the customer], [measure] went from [X] to [Y], and [they renewed / came back / stopped complaining].'),
      ),
    ];
  },
});

import { defineCheck } from '../../checks/define';
import { foldCase, hasQuantity } from '../../grammar';
import { CUSTOMER, CUSTOMER_MEASURE } from '../../data/family-cues';
import { insertAfter } from '../../rewrite';
import { plays } from '../../roles/query';
import { lastStorySentence } from './helpers';

export const missingCustomerOutcome = defineCheck({
  id: 'missing-customer-outcome',
  dimension: 'quantification',
  title: 'No measured outcome for the customer',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    const landed = doc.sentences.some((s, i) => {
      if (!plays(doc, i, 'result') && s.section !== 'result') return false;
      const t = foldCase(s.text);
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

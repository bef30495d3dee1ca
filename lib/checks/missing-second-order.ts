import { defineCheck } from './define';
import { anotherUnitActs, hasSecondOrder, outcomeSentences, resultAnchor } from '../outcome';
import { insertAfter } from '../rewrite';

export const missingSecondOrder = defineCheck({
  id: 'missing-second-order',
  dimension: 'quantification',
  title: 'No wider effect',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    // Others adopting the work is often told after the result ("two other wards now use the
    // checklist"): a sentence read as spread counts wherever it sits when another team, site or
    // department is the one acting ("the data team applied the design to SMS as well").
    const spread =
      outcomeSentences(doc).some(hasSecondOrder) ||
      doc.sentences.some((s, i) => doc.roles[i]!.results.has('spread') && (hasSecondOrder(s) || anotherUnitActs(s)));
    if (spread) return [];
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

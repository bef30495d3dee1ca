import { defineCheck } from './define';
import { inVerbClass, matchCue, speakerDeeds } from '../grammar';
import { insertAfter } from '../rewrite';
import { INVESTIGATION_VERBS } from '../data/verbs';
import { INVESTIGATION_WORDS } from '../data/words';


export const thinInvestigation = defineCheck({
  id: 'thin-investigation',
  dimension: 'validation',
  title: 'Show the investigation',
  run(doc, finding) {
    // Advice for a technical interviewer: it never replaces a problem finding.
    if (doc.options.focus !== 'technical' || doc.sentences.length === 0) return [];
    const investigated = doc.sentences.some((s) => {
      if (s.section === 'situation' || s.section === 'reflection') return false;
      const deeds = speakerDeeds(s);
      return deeds.some((p) => inVerbClass(INVESTIGATION_VERBS, s.tokens[p.verb]!)) || (deeds.length > 0 && matchCue(s, INVESTIGATION_WORDS) !== null);
    });
    if (investigated) return [];
    const anchor = doc.problemIndex !== null ? doc.sentences[doc.problemIndex] : undefined;
    return [
      finding('hint',
        null,
        'For a technical interviewer, walk through the investigation right after the problem: what you examined and how you found the root cause.',
        insertAfter(doc, anchor, 'I [pulled the logs / queried the data] and traced the root cause to [cause], then reproduced it [locally / in staging].'),
      ),
    ];
  },
});

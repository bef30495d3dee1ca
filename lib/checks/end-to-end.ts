import { defineCheck } from './define';
import { inVerbClass, speakerDeeds } from '../grammar';
import { insertAfter } from '../rewrite';
import { DELIVERY_VERBS } from '../data/verbs';

export const endToEnd = defineCheck({
  id: 'end-to-end',
  dimension: 'ownership',
  title: 'Show end-to-end ownership',
  run(doc, finding) {
    // Advice for an ownership-focused interviewer: it never replaces a problem finding.
    if (doc.options.focus !== 'ownership' || doc.sentences.length === 0) return [];
    const delivered = doc.sentences.some(
      (s) => s.section !== 'situation' && s.section !== 'reflection' && speakerDeeds(s).some((p) => inVerbClass(DELIVERY_VERBS, s.tokens[p.verb]!)),
    );
    if (delivered) return [];
    const acts = doc.sentences.filter((s) => s.section === 'action');
    return [
      finding('hint',
        null,
        'For an ownership-focused interviewer, show you saw it through: shipping, rollout with the owning team, and verification.',
        insertAfter(doc, acts[acts.length - 1], 'I shipped [the fix], coordinated the rollout with [the owning team] and verified [the metric] after release.'),
      ),
    ];
  },
});

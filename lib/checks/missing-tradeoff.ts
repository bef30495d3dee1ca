import { defineCheck } from './define';
import { matchCue, speakerDeeds } from '../grammar';
import { insertAfter } from '../rewrite';
import { TRADEOFF } from '../data/cues';
import { FIX_VERBS } from '../data/verbs';

export const missingTradeoff = defineCheck({
  id: 'missing-tradeoff',
  dimension: 'reflection',
  title: 'No trade-off',
  run(doc, finding) {
    if (doc.options.level !== 'senior' || doc.sentences.length === 0) return [];
    if (doc.sentences.some((s) => s.section !== 'situation' && matchCue(s, TRADEOFF))) return [];
    // The trade-off belongs right after the fix is described.
    const fix = doc.sentences.find((s) => s.section !== 'situation' && speakerDeeds(s).some((p) => FIX_VERBS.has(s.tokens[p.verb]!.root)));
    const actions = doc.sentences.filter((s) => s.section === 'action');
    return [
      finding('minor',
        null,
        'At senior level, say why the fix was designed that way and what it traded off, right after the fix.',
        insertAfter(doc, fix ?? actions[actions.length - 1], 'I chose [design] over [alternative] because [reason]: it traded [a cost, e.g. some latency] for [a benefit, e.g. no lost events].'),
      ),
    ];
  },
});

import { defineCheck } from './define';
import { matchCue, trimmedSpan } from '../grammar';
import { ASSUMED_SUCCESS } from '../data/cues';
import type { Finding } from '../types';

export const assumedSuccess = defineCheck({
  id: 'assumed-success',
  dimension: 'validation',
  title: 'Success assumed',
  run(doc, finding) {
    const findings: Finding[] = [];
    for (const s of doc.sentences) {
      if (s.section === 'situation' || s.section === 'reflection') continue;
      const m = matchCue(s, ASSUMED_SUCCESS);
      if (!m) continue;
      // From the assumption to the end of the sentence: "assumed it worked because errors stopped".
      const span = { start: m.start, end: trimmedSpan(s).end };
      const atStart = m.start === s.start;
      const text = atStart
        ? 'I verified the fix by tracking [metric] for [period] after rollout: it went from [X] to [Y]'
        : 'verified it: I tracked [metric] for [period] after rollout and confirmed it went from [X] to [Y]';
      findings.push(
        finding('major',
          span,
          'Success is assumed, not shown: say how you verified the fix worked.',
          { text, replaces: span },
        ),
      );
    }
    return findings;
  },
});

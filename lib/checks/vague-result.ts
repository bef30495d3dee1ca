import type { Check } from './types';
import { hasQuantity, matchCue } from '../grammar';
import { makeFinding } from '../findings';
import { capitalizeIfStart } from '../rewrite';
import { VAGUE_RESULT } from '../data/cues';
import type { Finding } from '../types';

const MEASURED = '[metric] went from [X] to [Y], worth [$Z/week]; [team] adopted [the pattern]';

export const vagueResult: Check = {
  id: 'vague-result',
  run(doc) {
    const findings: Finding[] = [];
    for (const s of doc.sentences) {
      if (s.section === 'situation' || s.section === 'reflection') continue;
      if (hasQuantity(s)) continue;
      const m = matchCue(s, VAGUE_RESULT);
      if (!m) continue;
      // The vague clause runs from the match to the next comma or the sentence end.
      const rel = m.end - s.start;
      const stop = /[,;]|[.!?…]+\s*$/.exec(s.text.slice(rel));
      const end = s.start + (stop ? rel + stop.index : s.text.length);
      const start = m.start;
      findings.push(
        makeFinding(
          'vague-result',
          'major',
          { start, end },
          `“${doc.text.slice(start, end)}” is not a result an interviewer can weigh: measure it.`,
          { text: capitalizeIfStart(MEASURED, start === s.start), replaces: { start, end } },
        ),
      );
    }
    return findings;
  },
};

import { defineCheck } from '../../checks/define';
import { matchCue } from '../../grammar';
import { BLAME } from '../../data/family-cues';
import type { Finding } from '../../types';

/** Rejecting blame is not blaming: "rather than blame the vendor", "I didn't blame anyone". */
const NO_BLAME = /\b(?:instead of|rather than|without|not|never|didn't|did not|no) (?:\w+ )?(?:blam\w*|pointing fingers)\b/;

export const blamesOthers = defineCheck({
  id: 'blames-others',
  dimension: 'ownership',
  title: 'Blames others',
  run(doc, finding) {
    const out: Finding[] = [];
    for (const s of doc.sentences) {
      const m = matchCue(s, BLAME);
      if (!m || matchCue(s, NO_BLAME)) continue;
      out.push(
        finding('major', { start: m.start, end: m.end },
          `“${m.text}” puts the mistake on someone else: own your part and leave out who else was at fault.`,
          { text: 'Say what you got wrong yourself: “I [what I did or failed to do], which meant [the consequence].”' },
        ),
      );
    }
    return out;
  },
});

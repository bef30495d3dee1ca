import { defineCheck } from './define';
import { hasQuantity, matchCue } from '../grammar';
import { capitalizeIfStart, measuredChange } from '../rewrite';
import { VAGUE_RESULT } from '../data/cues';
import type { Finding } from '../types';

const NP_TAGS = ['Determiner', 'Adjective', 'Noun', 'Possessive', 'Pronoun', 'ProperNoun', 'Adverb'];
/** The measured result offered instead, about what the answer is about ("[deliveries] went from [X] to [Y]…"). */
const measured = (doc: Parameters<typeof measuredChange>[0]) => `${measuredChange(doc)}, worth [$Z/week]; [team] adopted [the pattern]`;

export const vagueResult = defineCheck({
  id: 'vague-result',
  dimension: 'quantification',
  title: 'Vague result',
  run(doc, finding) {
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
      // Start at the subject when the match starts at its verb ("Product was happy").
      let start = m.start;
      const at = s.tokens.findIndex((t) => t.start >= m.start);
      if (at > 0 && s.tokens[at]!.tags.has('Verb')) {
        let k = at - 1;
        while (k >= 0 && !s.tokens[k]!.tags.has('Verb') && NP_TAGS.some((tag) => s.tokens[k]!.tags.has(tag))) k--;
        if (k < at - 1) start = s.tokens[k + 1]!.start;
      }
      findings.push(
        finding('major',
          { start, end },
          `“${doc.text.slice(start, end)}” is not a result an interviewer can weigh: measure it.`,
          { text: capitalizeIfStart(measured(doc), start === s.start), replaces: { start, end } },
        ),
      );
    }
    return findings;
  },
});

import { defineCheck } from './define';
import { foldCase, matchCue } from '../grammar';
import { OPPORTUNISTIC_MOTIVE } from '../data/cues';
import type { Finding } from '../types';

const IMPACT = '[the problem] was costing [customers / revenue / hours]';

export const opportunisticMotive = defineCheck({
  id: 'opportunistic-motive',
  dimension: 'ownership',
  title: 'Opportunistic motive',
  run(doc, finding) {
    const findings: Finding[] = [];
    for (const s of doc.sentences) {
      const m = matchCue(s, OPPORTUNISTIC_MOTIVE);
      if (!m) continue;
      const folded = foldCase(s.text);
      const rel = m.start - s.start;
      // The motive clause: from its "because"/"since" (if any) to the next comma or the sentence end.
      const lead = /\b(?:because|since|as|so)\b[^,;]*$/.exec(folded.slice(0, rel));
      const clauseStart = lead ? lead.index : rel;
      const stop = /[,;]|[.!?…]\s*$/.exec(folded.slice(rel));
      let clauseEnd = stop ? rel + stop.index : s.text.length;
      // Include a second motive joined by "and" ("had some free time and wanted to help").
      while (clauseEnd > rel && /\s/.test(s.text[clauseEnd - 1]!)) clauseEnd--;
      const start = s.start + clauseStart;
      const end = s.start + clauseEnd;
      const wholeSentence = clauseStart === 0 && !/[,;]/.test(folded.slice(rel, clauseEnd));
      const restAfter = s.text.slice(clauseEnd).trim();
      let text: string;
      if (lead) {
        const word = s.text.slice(clauseStart, clauseStart + lead[0].split(/\s/)[0]!.length);
        text = `${word} ${IMPACT}`;
        if (wholeSentence && /^[.!?…]?$/.test(restAfter)) text += ', so I took it on without being asked';
      } else {
        text = clauseStart === 0 ? `I took it on because ${IMPACT}` : `because ${IMPACT}`;
      }
      findings.push(
        finding('major',
          { start, end },
          'This motive sounds opportunistic: give the customer or business impact that made it matter.',
          { text, replaces: { start, end } },
        ),
      );
    }
    return findings;
  },
});

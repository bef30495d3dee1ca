import { defineCheck } from './define';
import { assignmentCue } from '../assignment';
import { plays } from '../roles/query';
import type { Finding } from '../types';
import { getProfile } from '../questions/profiles';

export const assigned = defineCheck({
  id: 'assigned',
  dimension: 'ownership',
  title: 'Sounds assigned',
  run(doc, finding) {
    // Only questions about self-initiated work (the seed's, Ownership) need it to be unassigned.
    if (!getProfile(doc.options.question).selfInitiated) return [];
    const findings: Finding[] = [];
    for (const s of doc.sentences) {
      // A lesson can mention being asked ("next time I'd ask to be assigned…"); but a sentence the
      // role reader reads as the scope ("the finance manager asked me to look into it") tells how
      // the story began, even where a lesson-like line before it put it in the reflection.
      if (s.section === 'reflection' && !plays(doc, s.index, 'scope')) continue;
      const m = assignmentCue(s);
      if (!m) continue;
      findings.push(
        finding('major',
          { start: m.start, end: m.end },
          'This sounds assigned; the question asks for something you caught and took on yourself.',
          {
            text: 'Tell a story nobody assigned, or add what you did beyond the ask: “Beyond the ticket, I noticed [problem] in [system], which nobody had asked me to look at, and [what you did].”',
          },
        ),
      );
      break;
    }
    return findings;
  },
});

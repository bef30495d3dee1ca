import { defineCheck } from './define';
import { lessonSentences } from '../roles/query';
import { matchCue } from '../grammar';
import { insertAfter } from '../rewrite';
import { MECHANISMS, SYSTEMIC } from '../data/cues';

export const shallowReflection = defineCheck({
  id: 'shallow-reflection',
  dimension: 'reflection',
  title: 'No systemic cause',
  run(doc, finding) {
    // Senior answers should name a root cause beyond the code.
    if (doc.options.level !== 'senior') return [];
    const reflection = lessonSentences(doc);
    // Absent or generic lessons are other findings; this one is about a specific but technical lesson.
    if (reflection.length === 0 || !reflection.some((s) => matchCue(s, MECHANISMS))) return [];
    if (reflection.some((s) => matchCue(s, SYSTEMIC))) return [];
    const last = reflection[reflection.length - 1]!;
    return [
      finding('minor',
        { start: last.start, end: last.end },
        'At senior level, name the systemic cause beyond the code: an ownership gap, a missing shared metric, a process.',
        insertAfter(doc, last, 'The root cause beyond the code was [an ownership gap / no shared metric between teams], so I would [give the boundary an owner / propose a shared SLO].'),
      ),
    ];
  },
});

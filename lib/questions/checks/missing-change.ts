import { defineCheck } from '../../checks/define';
import { matchCue } from '../../grammar';
import { CHANGE_AFTER } from '../../data/family-cues';
import { insertAfter } from '../../rewrite';
import { firstActIndex } from './helpers';

export const missingChange = defineCheck({
  id: 'missing-change',
  dimension: 'reflection',
  title: 'Nothing changed afterwards',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    const from = firstActIndex(doc);
    // What changed is told after the story has begun: a habit, a check or a process used since.
    const changed = doc.sentences.some((s, i) => (i >= from || s.section === 'reflection') && !doc.roles[i]!.genericLesson && matchCue(s, CHANGE_AFTER));
    if (changed) return [];
    return [
      finding('major', null,
        'Say what changed afterwards: the habit, check or process you have used since, so the mistake cannot happen again.',
        insertAfter(doc, undefined, 'Since then, I [the check, habit or process I now use] so [this mistake] cannot happen again.'),
      ),
    ];
  },
});

import { defineCheck } from '../../checks/define';
import { matchCue } from '../../grammar';
import { OWNED_MISTAKE } from '../../data/family-cues';
import { insertAfter } from '../../rewrite';
import { problemSentence } from './helpers';

export const unownedMistake = defineCheck({
  id: 'unowned-mistake',
  dimension: 'ownership',
  title: 'Mistake not owned',
  run(doc, finding) {
    if (doc.sentences.length === 0 || doc.sentences.some((s) => matchCue(s, OWNED_MISTAKE))) return [];
    return [
      finding('major', null,
        'Say in the first person what you got wrong: a failure story is judged on owning the mistake.',
        insertAfter(doc, problemSentence(doc), 'The mistake was mine: I [what I did or failed to do].'),
      ),
    ];
  },
});

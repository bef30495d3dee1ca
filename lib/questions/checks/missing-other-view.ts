import { defineCheck } from '../../checks/define';
import { matchCue } from '../../grammar';
import { OTHER_VIEW } from '../../data/family-cues';
import { insertAfter } from '../../rewrite';
import { problemSentence } from './helpers';

export const missingOtherView = defineCheck({
  id: 'missing-other-view',
  dimension: 'structure',
  title: 'The other view is missing',
  run(doc, finding) {
    if (doc.sentences.length === 0 || doc.sentences.some((s) => matchCue(s, OTHER_VIEW))) return [];
    return [
      finding('major', null,
        'State the other side’s view fairly, and why they held it, before what you did.',
        insertAfter(doc, problemSentence(doc), '[Name] wanted [their position] because [their reason], which was a fair concern.'),
      ),
    ];
  },
});

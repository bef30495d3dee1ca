import { defineCheck } from '../../checks/define';
import { matchCue } from '../../grammar';
import { COMMITMENT } from '../../data/family-cues';
import { insertAfter } from '../../rewrite';
import { lastStorySentence } from './helpers';

export const missingCommitment = defineCheck({
  id: 'missing-commitment',
  dimension: 'ownership',
  title: 'No commitment after the decision',
  run(doc, finding) {
    if (doc.sentences.length === 0 || doc.sentences.some((s) => matchCue(s, COMMITMENT))) return [];
    return [
      finding('major', null,
        'Say how it was decided and that you committed to the decision once it was made, even if it went against you.',
        insertAfter(doc, lastStorySentence(doc), 'Once [name] decided on [the outcome], I committed to it fully and [what I did to make it work].'),
      ),
    ];
  },
});

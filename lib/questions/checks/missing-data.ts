import { defineCheck } from '../../checks/define';
import { matchCue } from '../../grammar';
import { DATA_USED } from '../../data/family-cues';
import { insertAfter } from '../../rewrite';
import { ownAction } from '../../roles/query';
import { problemSentence, storySentences } from './helpers';

export const missingData = defineCheck({
  id: 'missing-data',
  dimension: 'validation',
  title: 'No data behind your case',
  run(doc, finding) {
    const story = storySentences(doc);
    if (story.length === 0) return [];
    // Evidence is something the story brings: data words or a measurement, not a lesson about data.
    if (story.some((s) => matchCue(s, DATA_USED))) return [];
    const firstOwn = doc.sentences.find((_, i) => ownAction(doc, i));
    return [
      finding('major', null,
        'Show the data or evidence you used to make your case, not only your opinion.',
        insertAfter(doc, firstOwn ?? problemSentence(doc), 'I brought [the data: a measurement, a comparison or a pilot] showing [what it showed].'),
      ),
    ];
  },
});

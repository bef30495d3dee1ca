import { defineCheck } from './define';
import { matchCue } from '../grammar';
import { insertAfter } from '../rewrite';
import { NOT_ASSIGNED, SCOPE_BOUNDARY } from '../data/cues';
import { assignmentCue } from '../assignment';
import { lessonSentences } from '../roles/query';

export const missingScope = defineCheck({
  id: 'missing-scope',
  dimension: 'scope',
  title: 'No scope boundary',
  run(doc, finding) {
    if (doc.options.question === 'generic' || doc.sentences.length === 0) return [];
    const entry = doc.options.level === 'entry';
    // At entry level the story may stay inside the own team, but it must still say nobody assigned it.
    const cues = entry ? NOT_ASSIGNED : SCOPE_BOUNDARY;
    // A lesson about ownership ("nobody owned the boundary") is not a statement of this story's scope.
    const lessons = new Set(lessonSentences(doc));
    const story = doc.sentences.filter((s) => s.section !== 'reflection' && !lessons.has(s));
    // An assignment outweighs any boundary: "my manager gave me the other team's failing job" is not self-initiated.
    const assigned = story.some((s) => assignmentCue(s) !== null || doc.roles[s.index]!.scope === 'assigned');
    const boundary = story.some((s) => matchCue(s, cues) !== null || (!entry && doc.roles[s.index]!.scope === 'boundary'));
    if (boundary && !assigned) return [];
    const anchor = doc.problemIndex !== null ? doc.sentences[doc.problemIndex] : doc.sentences[0];
    const text = entry
      ? 'Nobody had assigned this to me: there was no ticket or request.'
      : '[System] belonged to [team], not mine, and there was no ticket or request.';
    return [
      finding('major',
        null,
        entry
          ? 'Say that nobody assigned this to you, right after you state the problem.'
          : 'Say the problem was outside your remit and unassigned, right after you state the problem.',
        insertAfter(doc, anchor, text),
      ),
    ];
  },
});

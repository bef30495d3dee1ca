import { defineCheck } from './define';
import { matchCue, trimmedSpan } from '../grammar';
import { GENERIC_REFLECTION } from '../data/cues';
import { lessonSentences } from '../roles/query';
import { changesPractice, namesMechanism, namesSystemicCause, storyNounsOf, tiedToStory } from '../lesson';

export const REFLECTION_REWRITE =
  'I would propose [a concrete mechanism: a shared SLO, an alert, a contract test or an owner] for [the gap in this story] so [this failure] is caught earlier.';

export const genericReflection = defineCheck({
  id: 'generic-reflection',
  dimension: 'reflection',
  title: 'Generic lesson',
  run(doc, finding) {
    const lessons = lessonSentences(doc);
    // A lesson is specific when one of its sentences names a concrete mechanism as a thing ("a
    // two-nurse check at handover", "a reconciliation before every close") and does not read as a
    // platitude. A mechanism word used as a verb ("we should always test things properly") or a
    // value ("ownership matters") names nothing to put in place. A lesson about the story's own
    // things (the count sheet, the recall inbox) that changes a practice ("I now reconcile the
    // register before I leave") or names its systemic cause ("nobody owned the boundary between
    // billing and payments") is tied to it; "be careful with the labels" is not.
    if (lessons.length === 0) return [];
    const story = storyNounsOf(doc.sentences.filter((s) => !lessons.includes(s)));
    if (lessons.some((s) => !doc.roles[s.index]!.genericLesson && (namesMechanism(s) || (tiedToStory(s, story) && (changesPractice(s) || namesSystemicCause(s)))))) return [];
    const target = lessons.find((s) => doc.roles[s.index]!.genericLesson || matchCue(s, GENERIC_REFLECTION)) ?? lessons[0]!;
    const span = trimmedSpan(target);
    return [
      finding(
        'major',
        span,
        'This lesson could end any story: name the mechanism you would put in place for this one.',
        // The span stops before the full stop, so the rewrite does too.
        { text: target.end > span.end ? REFLECTION_REWRITE.slice(0, -1) : REFLECTION_REWRITE, replaces: span },
      ),
    ];
  },
});

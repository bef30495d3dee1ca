import { defineCheck } from './define';
import { matchCue, trimmedSpan } from '../grammar';
import { GENERIC_REFLECTION, MECHANISMS, SYSTEMIC } from '../data/cues';

export const REFLECTION_REWRITE =
  'I would propose [a concrete mechanism: a shared SLO, an alert, a contract test or an owner] for [the gap in this story] so [this failure] is caught earlier.';

export const genericReflection = defineCheck({
  id: 'generic-reflection',
  dimension: 'reflection',
  title: 'Generic lesson',
  run(doc, finding) {
    const reflection = doc.sentences.filter((s) => s.section === 'reflection');
    // One concrete mechanism anywhere in the lesson makes it specific, and so does a systemic cause
    // named without generic filler ("the systemic cause was that nobody owned the boundary").
    if (reflection.length === 0 || reflection.some((s) => matchCue(s, MECHANISMS) || (matchCue(s, SYSTEMIC) && !matchCue(s, GENERIC_REFLECTION)))) return [];
    const target = reflection.find((s) => matchCue(s, GENERIC_REFLECTION)) ?? reflection[0]!;
    const span = trimmedSpan(target);
    return [
      finding('major',
        span,
        'This lesson could end any story: name the mechanism you would put in place for this one.',
        // The span stops before the full stop, so the rewrite does too.
        { text: target.end > span.end ? REFLECTION_REWRITE.slice(0, -1) : REFLECTION_REWRITE, replaces: span },
      ),
    ];
  },
});

import type { Check } from './types';
import { matchCue, predicates, speakerDeeds } from '../grammar';
import type { Sentence } from '../document';
import { makeFinding } from '../findings';
import { insertAfter } from '../rewrite';
import { VALIDATION_EVIDENCE, VALIDATION_TOOLS } from '../data/cues';
import { VALIDATION_VERBS } from '../data/verbs';

/** A sentence that confirms a cause or verifies a fix. */
export function showsValidation(s: Sentence): boolean {
  if (matchCue(s, VALIDATION_EVIDENCE)) return true;
  const deeds = speakerDeeds(s);
  if (deeds.some((p) => VALIDATION_VERBS.has(s.tokens[p.verb]!.root))) return true;
  // "added alerts", "alerts were added": tools count when someone put them in place.
  const work = deeds.length > 0 || predicates(s).some((p) => p.passive);
  return work && matchCue(s, VALIDATION_TOOLS) !== null;
}

export const missingValidation: Check = {
  id: 'missing-validation',
  run(doc) {
    if (doc.sentences.length === 0) return [];
    const evidence = doc.sentences.some((s) => s.section !== 'situation' && s.section !== 'reflection' && showsValidation(s));
    if (evidence) return [];
    const actions = doc.sentences.filter((s) => s.section === 'action');
    const anchor = actions.length ? actions[actions.length - 1] : doc.problemIndex !== null ? doc.sentences[doc.problemIndex] : undefined;
    return [
      makeFinding(
        'missing-validation',
        'major',
        null,
        'Show the cause was confirmed and the fix verified, after your actions: a reproduction, a test, or a metric you tracked.',
        insertAfter(doc, anchor, 'I reproduced [the failure] in [staging / a test] to confirm the cause, then tracked [metric] after rollout to confirm the fix.'),
      ),
    ];
  },
};

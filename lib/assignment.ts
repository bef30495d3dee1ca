import type { Sentence } from './doc-model';
import { matchCue, type Match } from './grammar';
import { ASSIGNED } from './data/cues';

const NEGATION = /\b(?:nobody|no one|not|never|neither|nor|without)\b|n['’]t\b/;
const NEGATED_BEFORE = /\b(?:nobody|no one|not|never)\s*$|n['’]t\s*$/i;

/**
 * Where a sentence says the work was assigned ("my manager asked me to…", "it was my ticket"),
 * unless it denies it: "he wasn't my patient and nobody had asked me to", "I was never asked to"
 * state the scope boundary, the opposite of an assignment.
 */
export function assignmentCue(s: Sentence): Match | null {
  const m = matchCue(s, ASSIGNED);
  if (!m) return null;
  const lead = s.text.slice(Math.max(0, m.start - s.start - 24), m.start - s.start);
  return NEGATION.test(m.text.toLowerCase()) || NEGATED_BEFORE.test(lead) ? null : m;
}

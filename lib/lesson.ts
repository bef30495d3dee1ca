import type { Sentence } from './doc-model';
import { GENERIC_REFLECTION, MECHANISMS, SYSTEMIC } from './data/cues';
import { foldCase, isPerception, matchCue, predicates, speakerDeeds } from './grammar';
import { COGNITION_VERBS } from './data/verbs';
import { STORY_NEUTRAL_NOUNS } from './data/pronouns';

const MECHANISMS_GLOBAL = new RegExp(MECHANISMS.source, 'g');

/**
 * Whether a sentence names a concrete mechanism as a thing: a mechanism word whose token is a noun
 * ("a two-person check at handover", "an alert on the queue"), not the same word as a verb ("test
 * things properly", "check more carefully").
 */
export function namesMechanism(s: Sentence): boolean {
  for (const m of foldCase(s.text).matchAll(MECHANISMS_GLOBAL)) {
    const at = s.start + m.index;
    const token = s.tokens.find((t) => t.start <= at && at < t.end);
    if (token && token.tags.has('Noun') && !token.tags.has('Verb')) return true;
  }
  return false;
}

const NEUTRAL = new Set<string>(STORY_NEUTRAL_NOUNS);

/** The story's own nouns in a sentence (dictionary forms), leaving out the ones every story shares. */
function storyNouns(s: Sentence): Set<string> {
  return storyNounsIn(s);
}

function storyNounsIn(s: Sentence): Set<string> {
  // Names (a team, a person, a product) tie a sentence to the story without naming anything to change.
  return new Set(
    s.tokens
      .filter((t, i) => t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('ProperNoun') && !(i > 0 && /^\p{Lu}/u.test(t.text)) && t.root.length > 2 && !NEUTRAL.has(t.normal) && !NEUTRAL.has(t.root))
      .map((t) => t.root),
  );
}

/** Every noun the story itself is about, from its sentences other than the lesson. */
export function storyNounsOf(story: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of story) for (const n of storyNouns(s)) out.add(n);
  return out;
}

/**
 * Whether a lesson is tied to its story: it names something the story itself is about (the count
 * sheet, the recall inbox, the plating sheet), which a platitude that could end any story does not.
 */
export function tiedToStory(lesson: Sentence, storyNouns: ReadonlySet<string>): boolean {
  for (const n of storyNounsIn(lesson)) if (storyNouns.has(n)) return true;
  return false;
}

/**
 * Whether a lesson describes a change in practice: someone does something concrete ("I now
 * reconcile the register before I leave", "recall emails now come to a shared mailbox", "I pushed
 * for the bank account to be the key"), not a value ("patience is everything", "you should always
 * test things properly").
 */
export function changesPractice(s: Sentence): boolean {
  const preds = predicates(s);
  if (speakerDeeds(s).some((p) => !isPerception(s.tokens, p) && !COGNITION_VERBS.has(s.tokens[p.verb]!.root))) return true;
  // "…now come to a shared mailbox", "…is now a line on the calendar": a standing arrangement in the present.
  return /\bnow\b/i.test(s.text) && preds.some((p) => p.actor !== 'relative' && s.tokens[p.verb]!.tags.has('PresentTense') && !/^you$/i.test(p.subject ? s.tokens[p.subject[0]]!.text : ''));
}

/** A systemic cause stated as a fact of this story ("nobody owned the boundary"), not urged as a value ("always own the unowned"). */
export function namesSystemicCause(s: Sentence): boolean {
  return matchCue(s, SYSTEMIC) !== null && matchCue(s, GENERIC_REFLECTION) === null && !/\b(?:should|must|need to|have to|always)\b/i.test(s.text);
}

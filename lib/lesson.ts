import type { Sentence } from './doc-model';
import { MECHANISMS } from './data/cues';
import { foldCase } from './grammar';
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

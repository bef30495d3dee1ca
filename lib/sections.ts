import type { Token } from './nlp';
import type { Section } from './types';

interface SentenceLike {
  text: string;
  tokens: Token[];
}

const REFLECTION = /\b(i learned|i learnt|lesson|in hindsight|looking back|next time|i would (?:now |also )?(?:propose|do|have|push|add|set|start|build|communicate|make|ask|involve)|if i did it again|what i(?:'d| would) do differently|taught me)\b/i;
const RESULT = /\b(as a result|result(?:ed|ing)?|outcome|went from|dropped|fell|rose|increased|decreased|reduced|cut|saved|recovered|to zero|adopted|improv(?:ed|ing))\b|\d+(?:\.\d+)?\s?%|[$£€]\s?\d/i;
const TASK = /\b(my goal|my task|i needed to|i had to|i set out to|i decided to|i wanted to|the goal was|i was tasked)\b/i;

function firstPersonActor(tokens: Token[]): boolean {
  return tokens.some((t, i) => (t.normal === 'i' || t.normal === 'we') && tokens.slice(i + 1, i + 4).some((n) => n.tags.has('Verb')));
}

/**
 * STAR section of each sentence. Situation runs until the first sentence where the speaker acts;
 * reflection and result are recognised by their cues; task by statements of intent.
 */
export function classifySections(sentences: SentenceLike[]): Section[] {
  let seenAction = false;
  return sentences.map((s) => {
    if (REFLECTION.test(s.text)) return 'reflection';
    if (seenAction && RESULT.test(s.text)) return 'result';
    if (TASK.test(s.text)) return 'task';
    if (firstPersonActor(s.tokens) && s.tokens.some((t) => t.tags.has('PastTense') && !t.tags.has('Copula'))) {
      seenAction = true;
      return 'action';
    }
    return seenAction ? 'action' : 'situation';
  });
}

import type { Check } from './types';
import type { Sentence } from '../document';
import type { Token } from '../nlp';
import type { Finding } from '../types';
import { OWN_WORK_NOUNS, PLURAL_TO_SINGULAR_VERB, SHARED_WORK_ADVERBS, WE_TO_I } from '../data/pronouns';

const OWN_WORK = new Set<string>(OWN_WORK_NOUNS);

// "we were able to fix", "we managed to ship": the action is the verb after these.
const BRIDGE_WORDS = new Set(['able', 'to', 'going', 'then', 'also', 'quickly', 'finally']);

/** Index of the verb "we" governs, if "we" is the actor of an action (auxiliaries and adverbs skipped). */
function governedVerb(tokens: Token[], i: number): number {
  for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
    const t = tokens[j]!;
    if (t.tags.has('Passive') && !t.tags.has('Auxiliary') && !t.tags.has('Copula')) return -1; // "we were told"
    if (t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Negative') || t.tags.has('Modal')) continue;
    if (t.tags.has('Copula') || BRIDGE_WORDS.has(t.normal)) continue;
    if (t.tags.has('Verb')) return j;
    return -1;
  }
  return -1;
}

function preserveCase(original: string, replacement: string): string {
  if (replacement === 'I' || replacement.startsWith('I')) return replacement;
  return /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The sentence in the first person singular: we → I with agreement, our work → my work, "together" dropped. */
export function toFirstPersonSingular(sentence: Sentence): string {
  const { text, tokens, start: base } = sentence;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  tokens.forEach((t, i) => {
    const lower = t.text.toLowerCase();
    if (lower === 'we' || lower.startsWith('we’') || lower.startsWith("we'")) {
      const rep = WE_TO_I[lower];
      if (rep) edits.push({ start: t.start, end: t.end, text: rep });
      const next = tokens[i + 1];
      const agree = next && PLURAL_TO_SINGULAR_VERB[next.text.toLowerCase()];
      if (next && agree) edits.push({ start: next.start, end: next.end, text: preserveCase(next.text, agree) });
    } else if (lower === 'us' || lower === 'ourselves') {
      edits.push({ start: t.start, end: t.end, text: WE_TO_I[lower]! });
    } else if (lower === 'our' || lower === 'ours') {
      // The head of the noun phrase after "our": its last noun ("our retry logic" → logic).
      let head: Token | undefined;
      for (let j = i + 1; j < tokens.length && (tokens[j]!.tags.has('Noun') || tokens[j]!.tags.has('Adjective')); j++) {
        if (tokens[j]!.tags.has('Noun')) head = tokens[j];
      }
      if (head && OWN_WORK.has(head.normal)) edits.push({ start: t.start, end: t.end, text: preserveCase(t.text, WE_TO_I[lower]!) });
    } else if ((SHARED_WORK_ADVERBS as readonly string[]).includes(lower)) {
      // Remove the word and the space before it.
      let s = t.start;
      while (s > base && /[ \t]/.test(text[s - base - 1]!)) s--;
      edits.push({ start: s, end: t.end, text: '' });
    }
  });
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start - base) + e.text + out.slice(e.end - base);
  }
  return out;
}

export const weAction: Check = {
  id: 'we-action',
  dimension: 'ownership',
  run(doc) {
    const findings: Finding[] = [];
    for (const sentence of doc.sentences) {
      // "We ran a nightly job" in the situation is context, not a claim about who acted.
      if (sentence.section === 'situation') continue;
      const { tokens } = sentence;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.normal !== 'we') continue;
        const v = governedVerb(tokens, i);
        if (v < 0) continue;
        let end = tokens[v]!.end;
        const particle = tokens[v + 1];
        if (particle && particle.tags.has('Particle')) end = particle.end;
        findings.push({
          id: 'we-action',
          dimension: 'ownership',
          severity: 'major',
          start: t.start,
          end,
          message: `"${doc.text.slice(t.start, end)}" hides what you did yourself. Say "I" for every action you took.`,
          suggestion: {
            text: toFirstPersonSingular(sentence),
            replaces: { start: sentence.start, end: sentence.end },
          },
        });
        break; // One finding per sentence: the rewrite covers the whole sentence.
      }
    }
    return findings;
  },
};

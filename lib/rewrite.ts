import type { AnalyzedDoc, Sentence } from './doc-model';
import { particleAfter, type Predicate } from './grammar';
import { IRREGULAR_PAST, OBJECT_PRONOUN } from './data/verbs';
import type { Suggestion } from './types';

/** Capitalise the first letter when the replaced text started a sentence. */
export function capitalizeIfStart(text: string, atSentenceStart: boolean): string {
  return atSentenceStart ? text.replace(/^(\P{L}*)(\p{L})/u, (_, pre: string, c: string) => pre + c.toUpperCase()) : text;
}

/** A suggestion that inserts a sentence after `sentence` (or at the end of the text). */
export function insertAfter(doc: AnalyzedDoc, sentence: Sentence | undefined, text: string): Suggestion {
  const at = sentence ? sentence.end : doc.text.replace(/\s+$/, '').length;
  const before = doc.text.slice(0, at);
  const needsStop = before.length > 0 && !/[.!?…:;"”')\]]$/.test(before);
  // In pasted bullets, add a bullet of the same kind on a new line.
  const lineStart = doc.text.lastIndexOf('\n', at - 1) + 1;
  const bullet = /^[ \t]*(?:[-*•‣◦–—]|\d{1,2}[.)])[ \t]+/.exec(doc.text.slice(lineStart, at));
  const lineEnds = /^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(at));
  if (bullet && lineEnds) return { text: '\n' + bullet[0].replace(/\d{1,2}/, (n) => String(Number(n) + 1)) + text.replace(/\.$/, ''), replaces: { start: at, end: at } };
  const lead = before.length === 0 ? '' : needsStop ? '. ' : ' ';
  return { text: lead + text, replaces: { start: at, end: at } };
}

/** The past tense of a past participle ("written" → "wrote", "analyzed" → "analyzed"). */
export function pastOfParticiple(word: string): string {
  const lower = word.toLowerCase();
  return IRREGULAR_PAST[lower] ?? lower;
}

function adverbsOf(tokens: Sentence['tokens'], from: number, to: number): string[] {
  return tokens
    .slice(from + 1, to)
    .filter((t) => t.tags.has('Adverb') && !t.tags.has('Auxiliary'))
    .map((t) => t.text.toLowerCase());
}

/**
 * "The logs were analyzed" → "I analyzed the logs": the passive clause from its subject to its
 * verb, turned active with the speaker as actor. Null when the clause has no written subject.
 */
export function passiveToActive(sentence: Sentence, p: Predicate): { start: number; end: number; text: string } | null {
  if (!p.subject || p.inherited) return null;
  const { tokens } = sentence;
  const [s, e] = p.subject;
  const first = tokens[s]!;
  const verb = tokens[p.verb]!;
  let end = verb.end;
  let particle = '';
  const pi = particleAfter(tokens, p.verb);
  if (pi >= 0) {
    particle = tokens[pi]!.text;
    end = tokens[pi]!.end;
  }
  // Adverbs between the auxiliary and the verb stay with the verb ("was quickly rolled back").
  const adverbs = adverbsOf(tokens, e, p.verb);
  const subjectText = sentence.text.slice(first.start - sentence.start, tokens[e]!.end - sentence.start);
  // "It was decided that…", "it was agreed to…": the "it" is a placeholder, not the object.
  const afterVerb = tokens[(pi >= 0 ? pi : p.verb) + 1];
  if (s === e && first.normal === 'it' && afterVerb && (afterVerb.normal === 'that' || afterVerb.normal === 'to')) {
    return { start: first.start, end, text: ['I', ...adverbsOf(tokens, e, p.verb), pastOfParticiple(verb.text), particle].filter(Boolean).join(' ') };
  }
  const pronoun = s === e && OBJECT_PRONOUN[first.normal] !== undefined;
  let object: string;
  if (pronoun) object = OBJECT_PRONOUN[first.normal]!;
  else if (!first.tags.has('ProperNoun') && !/^[A-Z]{2,}/.test(first.text) && first.text !== 'I') {
    object = subjectText.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  } else object = subjectText;
  const past = pastOfParticiple(verb.text);
  // "rolled it back", but "rolled back the release".
  const words = pronoun && particle ? ['I', ...adverbs, past, object, particle] : ['I', ...adverbs, past, particle, object];
  const text = words.filter(Boolean).join(' ');
  return { start: first.start, end, text };
}

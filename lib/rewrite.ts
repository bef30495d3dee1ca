import type { AnalyzedDoc, Sentence, Token } from './doc-model';
import { particleAfter, type Predicate } from './grammar';
import { IRREGULAR_PAST, OBJECT_PRONOUN } from './data/verbs';
import { CHANGE_NOUNS, NOT_A_SUBJECT } from './data/rewrite-words';
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

// ——— Rewrites built from the answer's own words ———

const SKIP_TAGS = ['Pronoun', 'Possessive', 'Value', 'Date', 'Duration', 'Person', 'Determiner', 'Preposition', 'Conjunction'];

/** A word that can be part of the name of what the answer is about. */
function nameWord(t: Token): boolean {
  return /^[\p{L}][\p{L}'-]*$/u.test(t.text) && !SKIP_TAGS.some((tag) => t.tags.has(tag)) && !NOT_A_SUBJECT.has(t.normal);
}

/**
 * Runs of adjacent nouns in a sentence from token `from` on ("duplicate vendor invoices",
 * "medication charts"). compromise sometimes reads a plural noun after nouns as a verb
 * ("vendor invoices"): such a word closes the run it follows.
 */
function nounRuns(doc: AnalyzedDoc, s: Sentence, from: number): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.some((t) => t.tags.has('Noun'))) runs.push(run);
    run = [];
  };
  for (let i = from; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const prev = run[run.length - 1];
    if (prev && !/^[\s-]*$/.test(doc.text.slice(prev.end, t.start))) close(); // punctuation between them ("best-selling" stays one)
    const next = s.tokens[i + 1];
    const change = CHANGE_NOUNS.has(t.normal);
    if (change && !(next && nameWord(next) && next.tags.has('Noun') && !CHANGE_NOUNS.has(next.normal))) close();
    else if (nameWord(t) && t.tags.has('Noun')) run.push(t);
    else if (nameWord(t) && t.tags.has('Adjective') && run.length === 0 && s.tokens[i + 1]?.tags.has('Noun')) run.push(t);
    else if (run.length > 0 && nameWord(t) && t.tags.has('Verb') && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && /s$/.test(t.normal) &&
      (!next || next.tags.has('Preposition'))) {
      run.push(t);
      close();
    } else close();
  }
  close();
  return runs;
}

/** Where a sentence's object starts: after "I noticed", "we found"; else at its first word. */
function afterSpeakerVerb(s: Sentence): number {
  const i = s.tokens.findIndex((t, k) => (t.normal === 'i' || t.normal === 'we') && s.tokens[k + 1]?.tags.has('Verb'));
  if (i < 0) return 0;
  let k = i + 1;
  while (s.tokens[k]?.tags.has('Verb') && s.tokens[k + 1]?.tags.has('Verb')) k++;
  return k + 1;
}

/**
 * What the answer is about, in its own words: the thing a result would measure ("deliveries",
 * "medication charts", "duplicate vendor invoices"). Read from the sentence that states the
 * problem (its object, or its subject when the speaker is not in it), then from the actions.
 * Prefers a compound name, then a plural; null when the answer names nothing measurable.
 */
export function answerSubject(doc: AnalyzedDoc): string | null {
  const problem = doc.problemIndex !== null ? doc.sentences[doc.problemIndex] : undefined;
  const actions = doc.sentences.filter((s) => s !== problem && s.section === 'action');
  for (const s of [problem, ...actions]) {
    if (!s) continue;
    const runs = nounRuns(doc, s, afterSpeakerVerb(s));
    const plural = (r: Token[]) => r[r.length - 1]!.tags.has('Plural') || (r.length > 1 && r[r.length - 1]!.tags.has('Verb'));
    const run = runs.find((r) => r.length >= 2 && plural(r)) ?? runs.find((r) => r.length >= 2) ?? runs.find(plural) ?? runs[0];
    if (!run) continue;
    const words = doc.text.slice(run[0]!.start, run[run.length - 1]!.end);
    // Keep names and acronyms as written; lower-case an ordinary first word.
    return run[0]!.tags.has('ProperNoun') || /^\p{Lu}{2,}/u.test(words) ? words : words.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  }
  return null;
}

/**
 * A measured change of what the answer is about, with placeholders for the facts only the user
 * knows: "[deliveries] went from [X] to [Y]". The subject stays in brackets too: the user confirms
 * it is what they measured. Without a subject: "[metric] went from [X] to [Y]".
 */
export function measuredChange(doc: AnalyzedDoc): string {
  return `[${answerSubject(doc) ?? 'metric'}] went from [X] to [Y]`;
}

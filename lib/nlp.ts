import nlp from 'compromise';
import type { Token } from './doc-model';
import { TextCache } from './text/text-cache';

/**
 * The one place that turns compromise's output into tokens with absolute UTF-16 offsets.
 * Sentences are parsed one at a time and cached by their text, so re-analysing a draft after a
 * small edit only parses the sentences that changed.
 */

type RelativeToken = Token;

/**
 * Parses kept, by total sentence length: four drafts at the 50,000-character limit, so re-analysing
 * the current draft after an edit finds every other sentence, while memory stays bounded whatever
 * the drafts look like.
 */
export const NLP_CACHE_CHARS = 200_000;
const cache = new TextCache<RelativeToken[]>(NLP_CACHE_CHARS);

interface CompromiseTerm {
  text: string;
  normal?: string;
  tags?: string[];
  chunk?: string;
  root?: string;
  offset?: { start: number; length: number };
}

const CORE = /[\p{L}\p{N}$£€¥%][\p{L}\p{N}\p{M}'’.,$£€¥%&/+-]*[\p{L}\p{N}\p{M}%]|[\p{L}\p{N}$%]/u;

/** compromise terms (offsets relative to `shift`) → tokens of `sentence`. */
function toTokens(sentence: string, terms: CompromiseTerm[], shift: number): RelativeToken[] {
  const tokens: RelativeToken[] = [];
  let lastEnd = 0;
  for (const term of terms) {
    const tags = new Set(term.tags ?? []);
    const normal = term.normal ?? term.text.toLowerCase();
    const offset = term.offset;
    let start = offset ? offset.start - shift : lastEnd;
    let end = offset ? Math.min(sentence.length, offset.start - shift + offset.length) : lastEnd;
    if (start >= sentence.length && tokens.length > 0) continue; // the separator a batch added
    // Trim the span to the word itself: compromise may fold trailing punctuation into the term.
    const raw = sentence.slice(start, end);
    const core = CORE.exec(raw);
    if (core) {
      start += core.index;
      end = start + core[0].length;
    }
    // Contractions produce a zero-width implied term ("wasn't" → was + not): keep it at the word's end.
    if (end < start) end = start;
    tokens.push({ text: sentence.slice(start, end), normal, start, end, tags, chunk: term.chunk ?? '', root: term.root ?? normal });
    lastEnd = end;
  }
  return tokens;
}

function remember(sentence: string, tokens: RelativeToken[]): void {
  cache.set(sentence, tokens);
}

/** compromise's own term objects: reading them directly is about twice as fast as `.json()`. */
interface InternalTerm {
  text: string;
  normal?: string;
  tags?: Set<string>;
  chunk?: string;
  root?: string;
  offset?: { start: number; length: number };
}

function parseTerms(text: string): CompromiseTerm[] {
  const parsed = nlp(text);
  parsed.compute('root');
  parsed.compute('offset');
  const docs = (parsed as unknown as { docs: InternalTerm[][] }).docs;
  const out: CompromiseTerm[] = [];
  for (const sentence of docs) {
    for (const t of sentence) {
      out.push({ text: t.text, normal: t.normal, tags: t.tags ? [...t.tags] : [], chunk: t.chunk, root: t.root, offset: t.offset });
    }
  }
  return out;
}

function parseSentence(sentence: string): RelativeToken[] {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const tokens = toTokens(sentence, parseTerms(sentence), 0);
  remember(sentence, tokens);
  return tokens;
}

/** A sentence ends the way compromise needs to keep it separate in a batch. */
const SEPARABLE = /[.!?…]["'”’)\]]*$/;

/**
 * Parse every uncached sentence in one compromise call (its per-call cost dominates short
 * sentences), then split the terms back by offset. Each sentence is closed with a full stop and
 * a blank line so compromise never joins two of them; the result matches parsing them one by one.
 */
export function prefetch(sentences: readonly string[]): void {
  const missing = [...new Set(sentences.filter((s) => !cache.has(s)))];
  if (missing.length < 2) return;
  let joined = '';
  const starts: number[] = [];
  for (const s of missing) {
    starts.push(joined.length);
    joined += s + (SEPARABLE.test(s) ? '' : '.') + '\n\n';
  }
  const terms = parseTerms(joined);
  const buckets: CompromiseTerm[][] = missing.map(() => []);
  let k = 0;
  for (const term of terms) {
    const at = term.offset ? term.offset.start : starts[k]!;
    while (k + 1 < starts.length && at >= starts[k + 1]!) k++;
    buckets[k]!.push(term);
  }
  missing.forEach((s, i) => remember(s, toTokens(s, buckets[i]!, starts[i]!)));
}

/** Tokens of one sentence, offsets made absolute by `base` (the sentence's start in the full text). */
export function tokenize(sentence: string, base: number): Token[] {
  return parseSentence(sentence).map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
}

export function clearNlpCache(): void {
  cache.clear();
}

/** Characters of sentence text whose parses are cached (bounded by `NLP_CACHE_CHARS`). */
export function nlpCacheChars(): number {
  return cache.size;
}

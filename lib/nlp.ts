import nlp from 'compromise';

/**
 * The one place that turns compromise's output into tokens with absolute UTF-16 offsets.
 * Sentences are parsed one at a time and cached by their text, so re-analysing a draft after a
 * small edit only parses the sentences that changed.
 */
export interface Token {
  /** The word as written (no surrounding punctuation or space). */
  text: string;
  /** Lower-case normal form from compromise (contractions expanded: "wasn't" → "was", "not"). */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** compromise's chunk: Noun, Verb, Adjective or Pivot. */
  chunk: string;
  /** Dictionary form where compromise knows it ("traced" → "trace", "logs" → "log"), else `normal`. */
  root: string;
}

type RelativeToken = Token;

const CACHE_LIMIT = 2000;
const cache = new Map<string, RelativeToken[]>();

interface CompromiseTerm {
  text: string;
  normal?: string;
  tags?: string[];
  chunk?: string;
  root?: string;
  offset?: { start: number; length: number };
}

function parseSentence(sentence: string): RelativeToken[] {
  const hit = cache.get(sentence);
  if (hit) {
    // Refresh recency.
    cache.delete(sentence);
    cache.set(sentence, hit);
    return hit;
  }
  const parsed = nlp(sentence);
  parsed.compute('root');
  const json = parsed.json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>;
  const tokens: RelativeToken[] = [];
  let lastEnd = 0;
  for (const s of json) {
    for (const term of s.terms) {
      const tags = new Set(term.tags ?? []);
      const normal = term.normal ?? term.text.toLowerCase();
      const offset = term.offset;
      let start = offset ? offset.start : lastEnd;
      let end = offset ? offset.start + offset.length : lastEnd;
      // Trim the span to the word itself: compromise may fold trailing punctuation into the term.
      const raw = sentence.slice(start, end);
      const core = /[\p{L}\p{N}$£€¥%][\p{L}\p{N}\p{M}'’.,$£€¥%&/+-]*[\p{L}\p{N}\p{M}%]|[\p{L}\p{N}$%]/u.exec(raw);
      if (core) {
        start += core.index;
        end = start + core[0].length;
      }
      // Contractions produce a zero-width implied term ("wasn't" → was + not): keep it at the word's end.
      if (end < start) end = start;
      tokens.push({ text: sentence.slice(start, end), normal, start, end, tags, chunk: term.chunk ?? '', root: term.root ?? normal });
      lastEnd = end;
    }
  }
  cache.set(sentence, tokens);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return tokens;
}

/** Tokens of one sentence, offsets made absolute by `base` (the sentence's start in the full text). */
export function tokenize(sentence: string, base: number): Token[] {
  return parseSentence(sentence).map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
}

export function clearNlpCache(): void {
  cache.clear();
}

export function has(token: Token | undefined, tag: string): boolean {
  return token !== undefined && token.tags.has(tag);
}

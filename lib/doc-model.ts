/**
 * The shapes every stage of the engine shares: tokens, sentences and the analysed draft. Kept apart
 * from the code that builds them so that no module of lib/ imports another in a circle.
 */
import type { ResolvedOptions, Section } from './types';
import type { SentenceRoles } from './roles/types';
import type { Span } from './text/placeholders';

/** One word of a sentence, with absolute UTF-16 offsets. */
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

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  section: Section;
}

/** The analysed draft every check reads: the exact text, its sentences with tokens and STAR sections. */
export interface AnalyzedDoc {
  text: string;
  sentences: Sentence[];
  options: ResolvedOptions;
  /** Index of the sentence that first states the problem, or null when none does. */
  problemIndex: number | null;
  /** What each sentence does in the story (parallel to `sentences`). */
  roles: SentenceRoles[];
  /** `[placeholders]` left in the text; sentences are read with them blanked out. */
  placeholders: Span[];
  /** For a sentence holding placeholders (read as saying nothing yet in `roles`): the role it would play once filled in. */
  templateRoles?: Array<SentenceRoles | null>;
}

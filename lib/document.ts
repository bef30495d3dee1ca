import { splitSentences } from './text/sentences';
import { prefetch, tokenize, type Token } from './nlp';
import { classifySections } from './sections';
import type { ResolvedOptions, Section } from './types';

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
}

export function buildDoc(text: string, options: ResolvedOptions): AnalyzedDoc {
  const spans = splitSentences(text);
  prefetch(spans.map((s) => s.text));
  const sentences = spans.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    text: s.text,
    tokens: tokenize(s.text, s.start),
    section: 'situation' as Section,
  }));
  const { sections, problemIndex } = classifySections(sentences);
  sentences.forEach((s, i) => (s.section = sections[i]!));
  return { text, sentences, options, problemIndex };
}

import { splitSentences } from './text/sentences';
import { prefetch, tokenize } from './nlp';
import type { AnalyzedDoc } from './doc-model';
import { classifySections } from './sections';
import type { ResolvedOptions, Section } from './types';


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

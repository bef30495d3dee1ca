import { splitSentences } from './text/sentences';
import { prefetch, tokenize } from './nlp';
import type { AnalyzedDoc } from './doc-model';
import { classifySections } from './sections';
import { readRoles } from './roles';
import { findPlaceholders, maskPlaceholders } from './text/placeholders';
import type { ResolvedOptions, Section } from './types';


export function buildDoc(text: string, options: ResolvedOptions): AnalyzedDoc {
  // Placeholders are blanked before anything reads the text: a suggestion's "[X] to [Y]" is not a result.
  const placeholders = findPlaceholders(text);
  const spans = splitSentences(maskPlaceholders(text, placeholders));
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
  const roles = readRoles(sentences, sections);
  return { text, sentences, options, problemIndex, roles, placeholders };
}

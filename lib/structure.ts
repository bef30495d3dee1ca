import type { AnalyzedDoc, Sentence } from './doc-model';
import { countWords } from './text/sentences';
import { countCue } from './grammar';
import { ARCHITECTURE_TERMS } from './data/cues';
import { WORDS_PER_MINUTE } from './stats';

/** About 30 seconds of speaking: the problem should be stated by then. */
export const WORDS_BEFORE_PROBLEM = Math.round(WORDS_PER_MINUTE / 2);

/** The sentences before the problem is stated (all of them when no problem is found). */
export function preamble(doc: AnalyzedDoc): Sentence[] {
  const end = doc.problemIndex ?? doc.sentences.findIndex((s) => s.section !== 'situation');
  return doc.sentences.slice(0, end < 0 ? doc.sentences.length : end);
}

export function wordsIn(sentences: Sentence[]): number {
  return sentences.reduce((n, s) => n + countWords(s.text), 0);
}

/** A sentence that tours the system: several technical names or components. */
export function isArchitectureSentence(s: Sentence): boolean {
  const terms = countCue(s, ARCHITECTURE_TERMS);
  const names = s.tokens.filter((t, i) => i > 0 && (t.tags.has('ProperNoun') || /^[A-Z0-9]{2,}$/.test(t.text))).length;
  return terms >= 2 || (terms >= 1 && names >= 2);
}

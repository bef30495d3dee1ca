import type { AnalyzedDoc } from './doc-model';
import { countWords } from './text/sentences';
import { SECTIONS, type Section, type Stats } from './types';

export const WORDS_PER_MINUTE = 150;

export function computeStats(doc: AnalyzedDoc, problemSentenceIndex: number | null): Stats {
  const counts = Object.fromEntries(SECTIONS.map((s) => [s, 0])) as Record<Section, number>;
  let words = 0;
  let wordsBeforeProblem = 0;
  for (const s of doc.sentences) {
    const n = countWords(s.text);
    counts[s.section] += n;
    if (problemSentenceIndex !== null && s.index < problemSentenceIndex) wordsBeforeProblem += n;
    words += n;
  }
  const sections = Object.fromEntries(
    SECTIONS.map((s) => [s, words === 0 ? 0 : Math.round((counts[s] / words) * 1000) / 1000]),
  ) as Record<Section, number>;
  const toSeconds = (w: number) => Math.round((w / WORDS_PER_MINUTE) * 60);
  return {
    words,
    speakingSeconds: toSeconds(words),
    secondsToProblem: problemSentenceIndex === null ? null : toSeconds(wordsBeforeProblem),
    sections,
  };
}

import type { AnalyzedDoc, Sentence } from '../../doc-model';
import { lessonSentences } from '../../roles/query';

/** The story's sentences: not the lesson at the end. */
export function storySentences(doc: AnalyzedDoc): Sentence[] {
  const lessons = new Set(lessonSentences(doc));
  return doc.sentences.filter((s) => s.section !== 'reflection' && !lessons.has(s));
}

/** Index of the first sentence that acts or lands a result (the story proper), or 0. */
export function firstActIndex(doc: AnalyzedDoc): number {
  const i = doc.roles.findIndex((r) => r.roles.has('action') || r.roles.has('verification'));
  return i >= 0 ? i : 0;
}

/** The last sentence of the story before any lesson: where a missing piece of the story is inserted. */
export function lastStorySentence(doc: AnalyzedDoc): Sentence | undefined {
  const story = storySentences(doc);
  return story[story.length - 1];
}

/** The sentence stating the problem, or the first one. */
export function problemSentence(doc: AnalyzedDoc): Sentence | undefined {
  return doc.problemIndex !== null ? doc.sentences[doc.problemIndex] : doc.sentences[0];
}

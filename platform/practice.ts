import { storage } from 'wxt/utils/storage';
import type { ProfileId } from '../lib/questions/ids';

/** One point of a question's score history (drawn by `components/ScoreChart.tsx`). */
export interface ScorePoint {
  at: number;
  score: number;
}

/**
 * The practice page's drafts and score history, in `storage.local` on this computer only (never
 * synced). This is the only place STAR Coach keeps what the user writes.
 */
export const practiceDraftsItem = storage.defineItem<Partial<Record<ProfileId, string>>>('local:practice-drafts', {
  fallback: {},
});
export const practiceHistoryItem = storage.defineItem<Partial<Record<ProfileId, ScorePoint[]>>>('local:practice-history', {
  fallback: {},
});

/** Whether the practice page reads the question from the draft ("Detect automatically"): kept across visits. */
export const practiceDetectItem = storage.defineItem<boolean>('local:practice-detect', {
  fallback: false,
});

/** Scores within this long of the previous one belong to the same sitting and replace it. */
export const SITTING_MS = 2 * 60_000;
export const HISTORY_LIMIT = 100;

/**
 * Add a score to a history: a score taken within `SITTING_MS` of the last one replaces it (the
 * latest score of a writing session counts), later ones start a new point; oldest points drop first.
 */
export function addScore(history: readonly ScorePoint[], point: ScorePoint): ScorePoint[] {
  const last = history[history.length - 1];
  const base = last && point.at - last.at < SITTING_MS ? history.slice(0, -1) : history;
  // A replaced point keeps its sitting's start time, so a sitting never creeps forward forever.
  const at = last && base.length < history.length ? last.at : point.at;
  return [...base, { at, score: point.score }].slice(-HISTORY_LIMIT);
}

export async function saveDraft(question: ProfileId, text: string): Promise<void> {
  const drafts = await practiceDraftsItem.getValue();
  await practiceDraftsItem.setValue({ ...drafts, [question]: text });
}

export async function recordScore(question: ProfileId, point: ScorePoint): Promise<ScorePoint[]> {
  const all = await practiceHistoryItem.getValue();
  const next = addScore(all[question] ?? [], point);
  await practiceHistoryItem.setValue({ ...all, [question]: next });
  return next;
}

/** Forget every practice draft and score history. */
export async function erasePractice(): Promise<void> {
  await practiceDraftsItem.removeValue();
  await practiceHistoryItem.removeValue();
  await practiceDetectItem.removeValue();
}

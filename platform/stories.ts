import { storage } from 'wxt/utils/storage';
import { DIMENSIONS, type Dimension, type Report, type Severity } from '../lib/types';
import type { ProfileId } from '../lib/questions/ids';

/** A story's scorecard for one question: what the export prints and the coverage grid shows. */
export interface StoryScore {
  score: number;
  /** Each dimension's score, or null when the question does not ask for it. */
  dimensions: Record<Dimension, number | null>;
  findings: Array<{ dimension: Dimension; severity: Severity; message: string }>;
  at: number;
}

/**
 * A story in the practice page's story bank: one answer the user can tell for several questions.
 * Kept in `storage.local` on this computer only, as practice drafts are.
 */
export interface Story {
  id: string;
  title: string;
  text: string;
  /** The question profiles the story answers. */
  questions: ProfileId[];
  /** Its scorecard for each of them, as last saved. */
  scores: Partial<Record<ProfileId, StoryScore>>;
  savedAt: number;
}

export const storiesItem = storage.defineItem<Story[]>('local:practice-stories', { fallback: [] });

/** A report as a story keeps it: scores and findings, no offsets into the text. */
export function storyScore(report: Report, at: number): StoryScore {
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, report.dimensions[d].applies === false ? null : report.dimensions[d].score]),
  ) as Record<Dimension, number | null>;
  return {
    score: report.score,
    dimensions,
    findings: report.findings.map(({ dimension, severity, message }) => ({ dimension, severity, message })),
    at,
  };
}

/** `stories` with `story` in it: replaced in place when its id is already there, else added at the end. */
export function withStory(stories: readonly Story[], story: Story): Story[] {
  const at = stories.findIndex((s) => s.id === story.id);
  return at < 0 ? [...stories, story] : stories.map((s, i) => (i === at ? story : s));
}

export async function saveStory(story: Story): Promise<Story[]> {
  const next = withStory(await storiesItem.getValue(), story);
  await storiesItem.setValue(next);
  return next;
}

export async function deleteStory(id: string): Promise<Story[]> {
  const next = (await storiesItem.getValue()).filter((s) => s.id !== id);
  await storiesItem.setValue(next);
  return next;
}

/** Forget every story. */
export async function eraseStories(): Promise<void> {
  await storiesItem.removeValue();
}

/** The rubric's six dimensions, in the order a report lists them. */
export const DIMENSIONS = [
  'ownership',
  'scope',
  'quantification',
  'validation',
  'reflection',
  'structure',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const LEVELS = ['entry', 'mid', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

export const FOCUSES = ['balanced', 'outcome', 'ownership', 'technical'] as const;
export type Focus = (typeof FOCUSES)[number];

import type { ProfileId, QuestionSource } from './questions/ids';

export const SECTIONS = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type Section = (typeof SECTIONS)[number];

/** `major` costs the interview, `minor` weakens it, `hint` is advice that never hides a problem. */
export type Severity = 'major' | 'minor' | 'hint';

export interface Suggestion {
  /** The rewrite. Bracketed `[placeholders]` stand for facts only the writer knows. */
  text: string;
  /** The span of the analysed text that `text` replaces; absent when the text is to be inserted or added. */
  replaces?: { start: number; end: number };
}

/**
 * One shape for every finding. `start`/`end` are UTF-16 indices into the exact text analysed;
 * a finding about something missing has neither.
 */
export interface Finding {
  /** The kind of finding, e.g. `we-action`; stable, used for settings and dismissals. */
  id: string;
  dimension: Dimension;
  severity: Severity;
  start?: number;
  end?: number;
  message: string;
  suggestion?: Suggestion;
}

export interface DimensionResult {
  score: number;
  status: 'strong' | 'needs-work';
  summary: string;
  /** Present (false) when the question's profile does not ask for this dimension: nothing is flagged and it does not count. */
  applies?: false;
}

/** The question an answer was coached for: its profile and how it was chosen. */
export interface ReportQuestion {
  id: ProfileId;
  title: string;
  source: QuestionSource;
  /** How sure the match was (0–1), when the question was matched from text. */
  confidence?: number;
}

export interface Stats {
  words: number;
  /** At 150 words a minute. */
  speakingSeconds: number;
  /** Speaking seconds before the problem is stated; null when no problem is stated. */
  secondsToProblem: number | null;
  /** Share of words (0–1) per STAR section. */
  sections: Record<Section, number>;
}

export interface Report {
  score: number;
  dimensions: Record<Dimension, DimensionResult>;
  findings: Finding[];
  stats: Stats;
  /** The question profile the answer was judged by, and how it was chosen. */
  question: ReportQuestion;
  /** Present when the text was longer than the engine's limit and only the first `analysedLength` UTF-16 units were analysed. */
  truncated?: { analysedLength: number; limit: number };
}

export interface AnalyzeOptions {
  level?: Level;
  focus?: Focus;
  /** Any question profile id (`lib/questions/ids.ts`); default `caught-issue`. */
  question?: ProfileId;
  /**
   * How the caller chose `question`: `user` (picked by the writer), `page` (read from the page),
   * `default`. Unless it is `user`, a draft whose first line is a question is matched by the
   * engine and that wins (source `draft`).
   */
  questionSource?: QuestionSource;
  /** The caller's match confidence for a `page` question, reported back as is. */
  questionConfidence?: number;
}

export interface ResolvedOptions {
  level: Level;
  focus: Focus;
  question: ProfileId;
  questionSource: QuestionSource;
  questionConfidence?: number;
}

export const DEFAULT_OPTIONS: ResolvedOptions = { level: 'mid', focus: 'balanced', question: 'caught-issue', questionSource: 'default' };

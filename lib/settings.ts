import { DIMENSIONS, FOCUSES, LEVELS, QUESTIONS, type Dimension, type Focus, type Level, type QuestionId } from './types';

/** The user's settings; pure data so every context validates them the same way. */
export interface Settings {
  level: Level;
  focus: Focus;
  question: QuestionId;
  /** Sites (origins, e.g. "https://www.linkedin.com") where live checking is switched off. */
  disabledSites: string[];
  /** Dimensions whose findings are underlined live; the others still show in the scorecard. */
  liveDimensions: Dimension[];
}

export const DEFAULT_SETTINGS: Settings = {
  level: 'mid',
  focus: 'balanced',
  question: 'caught-issue',
  disabledSites: [],
  liveDimensions: [...DIMENSIONS],
};

/** Anything read from storage, made into valid settings: unknown values fall back to the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const pick = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
    list.includes(value as T) ? (value as T) : fallback;
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    level: pick(LEVELS, r.level, DEFAULT_SETTINGS.level),
    focus: pick(FOCUSES, r.focus, DEFAULT_SETTINGS.focus),
    question: pick(QUESTIONS, r.question, DEFAULT_SETTINGS.question),
    disabledSites: [...new Set(strings(r.disabledSites))],
    liveDimensions: Array.isArray(r.liveDimensions)
      ? DIMENSIONS.filter((d) => (r.liveDimensions as unknown[]).includes(d))
      : [...DEFAULT_SETTINGS.liveDimensions],
  };
}

export function isSiteEnabled(settings: Settings, origin: string): boolean {
  return !settings.disabledSites.includes(origin);
}

import { FOCUSES, LEVELS, QUESTIONS, type Focus, type Level, type QuestionId } from './types';

/** The user's settings; pure data so every context validates them the same way. */
export interface Settings {
  level: Level;
  focus: Focus;
  question: QuestionId;
}

export const DEFAULT_SETTINGS: Settings = { level: 'mid', focus: 'balanced', question: 'caught-issue' };

/** Anything read from storage, made into valid settings: unknown values fall back to the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const pick = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
    list.includes(value as T) ? (value as T) : fallback;
  return {
    level: pick(LEVELS, r.level, DEFAULT_SETTINGS.level),
    focus: pick(FOCUSES, r.focus, DEFAULT_SETTINGS.focus),
    question: pick(QUESTIONS, r.question, DEFAULT_SETTINGS.question),
  };
}

import { DIMENSIONS, FOCUSES, LEVELS, type Dimension, type Focus, type Level } from './types';
import { isProfileId, type ProfileId } from './questions/ids';

/** The user's settings; pure data so every context validates them the same way. */
export interface Settings {
  level: Level;
  focus: Focus;
  /** The question profile a field is coached for when no question is detected for it (any profile id). */
  question: ProfileId;
  /** Sites (origins, e.g. "https://www.linkedin.com") where live checking is switched off. */
  disabledSites: string[];
  /** Dimensions whose findings are underlined live; the others still show in the scorecard. */
  liveDimensions: Dimension[];
  /**
   * Finding kinds (ids such as "we-action") the user stopped flagging on a site, by origin. The
   * worker leaves them out of that site's live reports; the options page turns them back on.
   */
  mutedKinds: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Settings = {
  level: 'mid',
  focus: 'balanced',
  question: 'caught-issue',
  disabledSites: [],
  liveDimensions: [...DIMENSIONS],
  mutedKinds: {},
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
    question: isProfileId(r.question) ? r.question : DEFAULT_SETTINGS.question,
    disabledSites: [...new Set(strings(r.disabledSites))],
    liveDimensions: Array.isArray(r.liveDimensions)
      ? DIMENSIONS.filter((d) => (r.liveDimensions as unknown[]).includes(d))
      : [...DEFAULT_SETTINGS.liveDimensions],
    mutedKinds: normalizeMutedKinds(r.mutedKinds),
  };
}

/** At most this many sites keep muted kinds (`storage.sync` items are small); the newest are kept. */
export const MAX_MUTED_SITES = 100;

function normalizeMutedKinds(raw: unknown): Record<string, string[]> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, string[]> = {};
  for (const [site, kinds] of Object.entries(raw as Record<string, unknown>).slice(-MAX_MUTED_SITES)) {
    const list = Array.isArray(kinds) ? [...new Set(kinds.filter((k): k is string => typeof k === 'string' && k.length > 0 && k.length <= 64))] : [];
    if (list.length > 0) out[site] = list;
  }
  return out;
}

/** The finding kinds muted on a site. */
export function mutedKindsOf(settings: Settings, site: string): readonly string[] {
  return settings.mutedKinds[site] ?? [];
}

/** The settings with one finding kind muted (or flagged again) on a site. */
export function withKindMuted(settings: Settings, site: string, kind: string, muted: boolean): Settings {
  const others = (settings.mutedKinds[site] ?? []).filter((k) => k !== kind);
  const mutedKinds = { ...settings.mutedKinds };
  delete mutedKinds[site];
  const next = muted ? [...others, kind] : others;
  if (next.length > 0) mutedKinds[site] = next;
  return normalizeSettings({ ...settings, mutedKinds });
}

export function isSiteEnabled(settings: Settings, origin: string): boolean {
  return !settings.disabledSites.includes(origin);
}

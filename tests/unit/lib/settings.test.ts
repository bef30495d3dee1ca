import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, mutedKindsOf, normalizeSettings, withKindMuted } from '../../../lib/settings';
import { PROFILE_IDS } from '../../../lib/questions/ids';

describe('normalizeSettings', () => {
  it('falls back to the defaults for missing or invalid values', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ level: 'guru', focus: 42, disabledSites: 'x' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and drops unknown dimensions and duplicate sites', () => {
    const s = normalizeSettings({
      level: 'senior',
      focus: 'outcome',
      question: 'generic',
      disabledSites: ['https://a.example', 'https://a.example', 7],
      liveDimensions: ['scope', 'bogus', 'ownership'],
    });
    expect(s).toEqual({
      level: 'senior',
      focus: 'outcome',
      question: 'generic',
      disabledSites: ['https://a.example'],
      liveDimensions: ['ownership', 'scope'],
      mutedKinds: {},
    });
    expect(isSiteEnabled(s, 'https://a.example')).toBe(false);
    expect(isSiteEnabled(s, 'https://b.example')).toBe(true);
  });
});

describe('the default question', () => {
  it('keeps any question profile id', () => {
    expect(PROFILE_IDS).toHaveLength(25);
    for (const id of PROFILE_IDS) expect(normalizeSettings({ question: id }).question).toBe(id);
  });

  it('falls back to the default for an unknown or malformed stored id', () => {
    expect(DEFAULT_SETTINGS.question).toBe('caught-issue');
    for (const raw of ['bogus', 'Ownership', ' failure', '', 42, null, ['failure'], { id: 'failure' }]) {
      expect(normalizeSettings({ question: raw, level: 'senior' })).toEqual({ ...DEFAULT_SETTINGS, level: 'senior' });
    }
  });
});

describe('muted finding kinds', () => {
  it('are kept per site, without duplicates or junk, and can be flagged again', () => {
    const a = 'https://a.example';
    let s = withKindMuted(DEFAULT_SETTINGS, a, 'we-action', true);
    s = withKindMuted(s, a, 'we-action', true);
    s = withKindMuted(s, a, 'vague-result', true);
    expect(mutedKindsOf(s, a)).toEqual(['we-action', 'vague-result']);
    expect(mutedKindsOf(s, 'https://b.example')).toEqual([]);
    s = withKindMuted(s, a, 'we-action', false);
    expect(mutedKindsOf(s, a)).toEqual(['vague-result']);
    s = withKindMuted(s, a, 'vague-result', false);
    expect(s.mutedKinds).toEqual({});
    expect(normalizeSettings({ mutedKinds: { [a]: ['x', 3, 'x', ''], b: 'y', c: [] } }).mutedKinds).toEqual({ [a]: ['x'] });
    expect(normalizeSettings({ mutedKinds: ['x'] }).mutedKinds).toEqual({});
  });
});

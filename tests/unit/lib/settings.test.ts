import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, normalizeSettings } from '../../../lib/settings';

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
    });
    expect(isSiteEnabled(s, 'https://a.example')).toBe(false);
    expect(isSiteEnabled(s, 'https://b.example')).toBe(true);
  });
});

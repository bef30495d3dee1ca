import { describe, expect, it, vi } from 'vitest';
import { applySettings, siteOrigin, startSettingsSync } from '../../../content/live/settings-sync';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { Coach } from '../../../content/live/coach';

const ORIGIN = 'https://jobs.example';

function fakeCoach() {
  return {
    refresh: vi.fn<Coach['refresh']>(),
    setEnabled: vi.fn<Coach['setEnabled']>(),
    setLiveDimensions: vi.fn<Coach['setLiveDimensions']>(),
    current: (): ReturnType<Coach['current']> => null,
    reveal: vi.fn<Coach['reveal']>(() => false),
  };
}

describe('applySettings', () => {
  it('turns live checking off only for a disabled site', () => {
    const coach = fakeCoach();
    applySettings(coach, ORIGIN, { ...DEFAULT_SETTINGS, disabledSites: ['https://other.example'] }, null);
    expect(coach.setEnabled).not.toHaveBeenCalled();
    applySettings(coach, ORIGIN, { ...DEFAULT_SETTINGS, disabledSites: [ORIGIN] }, null);
    expect(coach.setEnabled).toHaveBeenCalledWith(false);
  });

  it('re-analyses when level, focus or question change, and only then', () => {
    const coach = fakeCoach();
    applySettings(coach, ORIGIN, { ...DEFAULT_SETTINGS, liveDimensions: ['scope'] }, DEFAULT_SETTINGS);
    expect(coach.refresh).not.toHaveBeenCalled();
    expect(coach.setLiveDimensions).toHaveBeenLastCalledWith(['scope']);
    applySettings(coach, ORIGIN, { ...DEFAULT_SETTINGS, level: 'senior' }, DEFAULT_SETTINGS);
    applySettings(coach, ORIGIN, { ...DEFAULT_SETTINGS, focus: 'outcome' }, DEFAULT_SETTINGS);
    applySettings(coach, ORIGIN, { ...DEFAULT_SETTINGS, question: 'generic' }, DEFAULT_SETTINGS);
    expect(coach.refresh).toHaveBeenCalledTimes(3);
  });

  it('hands the muted finding kinds of every site to the coach, without re-analysing', () => {
    const coach = { ...fakeCoach(), setMutedKinds: vi.fn<Coach['setMutedKinds']>() };
    const mutedKinds = { [ORIGIN]: ['we-action'] };
    applySettings(coach, ORIGIN, { ...DEFAULT_SETTINGS, mutedKinds }, DEFAULT_SETTINGS);
    expect(coach.setMutedKinds).toHaveBeenLastCalledWith(mutedKinds);
    applySettings(coach, ORIGIN, DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, mutedKinds });
    expect(coach.setMutedKinds).toHaveBeenLastCalledWith({});
    expect(coach.refresh).not.toHaveBeenCalled(); // the coach decides: only a kind flagged again needs a new report
  });

  it('does not re-analyse a disabled site, and turns it back on when re-enabled', () => {
    const coach = fakeCoach();
    const off: Settings = { ...DEFAULT_SETTINGS, disabledSites: [ORIGIN] };
    applySettings(coach, ORIGIN, { ...off, level: 'senior' }, off);
    expect(coach.refresh).not.toHaveBeenCalled();
    applySettings(coach, ORIGIN, DEFAULT_SETTINGS, off);
    expect(coach.setEnabled).toHaveBeenCalledWith(true);
  });
});

describe('startSettingsSync', () => {
  it('touches no storage until asked, then applies the stored settings and every change', async () => {
    const coach = fakeCoach();
    let push: (s: Settings) => void = () => {};
    const stop = vi.fn();
    const load = vi.fn(async () => ({ ...DEFAULT_SETTINGS, disabledSites: [ORIGIN] }));
    const watch = vi.fn((cb: (s: Settings) => void) => ((push = cb), stop));
    const controller = new AbortController();
    const sync = startSettingsSync(coach, ORIGIN, { load, watch }, controller.signal);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    expect(watch).not.toHaveBeenCalled();
    await Promise.all([sync.ensure(), sync.ensure()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(watch).toHaveBeenCalledTimes(1);
    expect(coach.setEnabled).toHaveBeenLastCalledWith(false);
    push(DEFAULT_SETTINGS);
    expect(coach.setEnabled).toHaveBeenLastCalledWith(true);
    controller.abort();
    expect(stop).toHaveBeenCalled();
    push({ ...DEFAULT_SETTINGS, disabledSites: [ORIGIN] });
    expect(coach.setEnabled).toHaveBeenCalledTimes(2);
  });

  it('resolves and says why when the settings cannot be loaded', async () => {
    const coach = fakeCoach();
    const log = vi.fn();
    const sync = startSettingsSync(
      coach,
      ORIGIN,
      { load: () => Promise.reject(new Error('storage is gone')), watch: () => () => {} },
      new AbortController().signal,
      { log },
    );
    await expect(sync.ensure()).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith('could not load the settings', expect.any(Error));
    expect(coach.setEnabled).not.toHaveBeenCalled();
  });
});

describe('pageInfo', () => {
  it('loads the settings when the popup asks (no field written in yet) and says whether the site is on', async () => {
    const load = vi.fn(async () => ({ ...DEFAULT_SETTINGS, disabledSites: [ORIGIN] }));
    const sync = startSettingsSync(fakeCoach(), ORIGIN, { load, watch: () => () => {} }, new AbortController().signal);
    expect(load).not.toHaveBeenCalled();
    expect(await sync.pageInfo()).toEqual({ origin: ORIGIN, liveEnabled: false });
    const other = startSettingsSync(fakeCoach(), 'https://other.example', { load, watch: () => () => {} }, new AbortController().signal);
    expect(await other.pageInfo()).toEqual({ origin: 'https://other.example', liveEnabled: true });
  });
});

describe('siteOrigin', () => {
  it('is the address bar\'s origin, also for an embedded frame from another origin', () => {
    expect(siteOrigin({ origin: ORIGIN })).toBe(ORIGIN);
    expect(siteOrigin({ origin: ORIGIN, ancestorOrigins: { length: 0 } })).toBe(ORIGIN);
    expect(siteOrigin({ origin: 'https://editor.example', ancestorOrigins: { length: 2, 0: 'https://mid.example', 1: ORIGIN } })).toBe(ORIGIN);
    expect(siteOrigin({ origin: 'null', ancestorOrigins: { length: 1, 0: 'null' } })).toBe('null');
  });
});

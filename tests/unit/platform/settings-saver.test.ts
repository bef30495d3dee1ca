import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings, settingsSaver, watchSettings } from '../../../platform/settings';
import type { Settings } from '../../../lib/settings';

describe('settingsSaver (the options page\'s saves)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves quick changes in order, and knows the storage events they cause from changes made elsewhere', async () => {
    const saver = settingsSaver();
    const seen: Array<{ question: string; echo: boolean }> = [];
    const stop = watchSettings((s: Settings) => seen.push({ question: s.question, echo: saver.isEcho(s) }));
    // Three arrow-key steps, one after another without waiting.
    await Promise.all([saver.save({ question: 'generic' }), saver.save({ question: 'conflict' }), saver.save({ question: 'failure', level: 'senior' })]);
    expect(await loadSettings()).toMatchObject({ question: 'failure', level: 'senior' });
    await expect.poll(() => seen.length).toBe(3);
    expect(seen).toEqual([
      { question: 'generic', echo: true },
      { question: 'conflict', echo: true },
      { question: 'failure', echo: true },
    ]);
    // Another page's change is not an echo, even right after this page's own.
    await saver.save({ focus: 'outcome' });
    await saveSettings({ question: 'dive-deep' });
    await expect.poll(() => seen.length).toBe(5);
    expect(seen.slice(3)).toEqual([
      { question: 'failure', echo: true },
      { question: 'dive-deep', echo: false },
    ]);
    stop();
  });

  it('a save that changes nothing leaves no echo behind to swallow a later outside change', async () => {
    const saver = settingsSaver();
    const echoes: boolean[] = [];
    const stop = watchSettings((s) => echoes.push(saver.isEcho(s)));
    await saver.save({ level: 'senior' });
    await expect.poll(() => echoes).toEqual([true]);
    await saver.save({ level: 'senior' }); // unchanged
    await saveSettings({ level: 'entry' }); // elsewhere
    await saveSettings({ level: 'senior' }); // elsewhere, the same value this page saved twice
    await expect.poll(() => echoes.slice(-2)).toEqual([false, false]);
    // The same settings stored with their keys in another order are the same value: no echo either.
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;
    await fakeBrowser.storage.sync.set({ settings: Object.fromEntries(Object.entries(stored).reverse()) });
    const before = echoes.length;
    await saver.save({ level: 'senior' }); // unchanged
    await saveSettings({ level: 'entry' });
    await saveSettings({ level: 'senior' });
    await expect.poll(() => echoes.slice(before)).toEqual([false, false]);
    stop();
  });
});

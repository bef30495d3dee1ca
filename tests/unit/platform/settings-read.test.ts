import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, watchSettings } from '../../../platform/settings-read';
import { saveSettings } from '../../../platform/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

// The content script's reading of the settings, without the storage library the pages save with.
describe('settings as the content script reads them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults before anything was saved, then what the pages saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ level: 'senior', disabledSites: ['https://example.com'] });
    expect(await loadSettings()).toMatchObject({ level: 'senior', disabledSites: ['https://example.com'] });
  });

  it('calls back with each change, not with a write that changes nothing (keys reordered), and the defaults when removed', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ level: 'senior' });
    expect(seen.map((s) => s.level)).toEqual(['senior']);
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;
    await fakeBrowser.storage.sync.set({ settings: Object.fromEntries(Object.entries(stored).reverse()) });
    await fakeBrowser.storage.sync.set({ other: 1 });
    expect(seen).toHaveLength(1);
    await fakeBrowser.storage.sync.remove('settings');
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(DEFAULT_SETTINGS);
    stop();
    await saveSettings({ level: 'entry' });
    expect(seen).toHaveLength(2);
  });
});

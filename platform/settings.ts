import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../lib/settings';
import { loadSettings } from './settings-read';

export { loadSettings, watchSettings } from './settings-read';

/**
 * Settings live in `storage.sync`, so they follow the user across their browsers where that is on.
 * Defined on first use: defining a WXT storage item reads it at once, and the first touch of
 * `chrome.storage` in a content script costs about 1.5 ms, which no page without a field should pay.
 */
let item: ReturnType<typeof define> | undefined;
const define = () => storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });
export const settingsItem = (): ReturnType<typeof define> => (item ??= define());

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem().setValue(next);
  return next;
}

/** Turn live checking on or off for one site (an origin such as "https://example.com"). */
export async function setSiteEnabled(origin: string, enabled: boolean): Promise<Settings> {
  const current = await loadSettings();
  const others = current.disabledSites.filter((s) => s !== origin);
  return saveSettings({ disabledSites: enabled ? others : [...others, origin] });
}

/** JSON with every object's keys sorted: equal values give equal strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? 'undefined';
}

export interface SettingsSaver {
  /** Save a change, after this page's earlier saves (each reads what the one before wrote). */
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Whether a watched value is the echo of a save made here; the page already shows it, or a newer value. */
  isEcho(settings: Settings): boolean;
}

/**
 * Saves for a settings page that shows each change at once. Its saves go in order, and the
 * storage events they cause are recognised as echoes: a select stepped through quickly with the
 * arrow keys does not jump back to a value saved a moment earlier. Changes made elsewhere (another
 * tab, the popup) are not echoes.
 */
export function settingsSaver(): SettingsSaver {
  const echoes: string[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  return {
    save(patch) {
      const run = async () => {
        const before = await settingsItem().getValue();
        const next = normalizeSettings({ ...normalizeSettings(before), ...patch });
        // Storage raises no change event for a write that changes nothing (whatever its keys' order).
        if (canonical(before) !== canonical(next)) echoes.push(JSON.stringify(next));
        await settingsItem().setValue(next);
        return next;
      };
      const done = queue.then(run, run);
      queue = done.catch(() => {});
      return done;
    },
    isEcho(settings) {
      const i = echoes.indexOf(JSON.stringify(settings));
      if (i < 0) return false;
      echoes.splice(0, i + 1);
      return true;
    },
  };
}

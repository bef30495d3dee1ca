import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../lib/settings';

/**
 * Settings live in `storage.sync`, so they follow the user across their browsers where that is on.
 * Defined on first use: defining a WXT storage item reads it at once, and the first touch of
 * `chrome.storage` in a content script costs about 1.5 ms, which no page without a field should pay.
 */
let item: ReturnType<typeof define> | undefined;
const define = () => storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });
export const settingsItem = (): ReturnType<typeof define> => (item ??= define());

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem().getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem().setValue(next);
  return next;
}

/** Call `onChange` with the normalised settings whenever they change (in any context). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => onChange(normalizeSettings(value)));
}

/** Turn live checking on or off for one site (an origin such as "https://example.com"). */
export async function setSiteEnabled(origin: string, enabled: boolean): Promise<Settings> {
  const current = await loadSettings();
  const others = current.disabledSites.filter((s) => s !== origin);
  return saveSettings({ disabledSites: enabled ? others : [...others, origin] });
}

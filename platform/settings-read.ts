import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../lib/settings';

/**
 * Reading and watching the settings (`storage.sync`, key `settings`: where `platform/settings.ts`
 * keeps them), straight through the storage API. This is all the content script needs of the
 * settings, so it carries no storage library; the extension's pages save through `settings.ts`.
 * Nothing here touches storage until called: the first touch of `chrome.storage` in a content
 * script costs about 1.5 ms, which no page without a field should pay.
 */
const KEY = 'settings';

/** Deep equality of stored (JSON) values, whatever the order of their keys: a write that changes nothing is no change. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && same(x[k], y[k]));
}

export async function loadSettings(): Promise<Settings> {
  const stored: unknown = (await browser.storage.sync.get(KEY))[KEY];
  return normalizeSettings(stored ?? DEFAULT_SETTINGS);
}

/** Call `onChange` with the normalised settings whenever they change (in any context). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    const change = changes[KEY];
    if (!change || same(change.newValue, change.oldValue)) return;
    onChange(normalizeSettings(change.newValue ?? DEFAULT_SETTINGS));
  };
  browser.storage.sync.onChanged.addListener(listener);
  return () => browser.storage.sync.onChanged.removeListener(listener);
}

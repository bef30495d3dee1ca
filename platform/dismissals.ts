import { storage } from 'wxt/utils/storage';
import type { DismissalStore } from './dismissals-via-worker';

export { dismissalsViaWorker, type DismissalStore } from './dismissals-via-worker';

/**
 * Dismissed findings, per site (origin), as hashes of each finding's words and context
 * (`content/live/dismissal-hash.ts#dismissalHash`). Only hashes are stored, never the text.
 * Kept in `storage.local`: on this machine only, survives reloads and restarts.
 */
let item: ReturnType<typeof define> | undefined;
const define = () => storage.defineItem<Record<string, string[]>>('local:dismissals', { fallback: {} });
/** Defined on first use, like the settings item (`platform/settings.ts`): page loads never touch storage. */
const dismissalsItem = (): ReturnType<typeof define> => (item ??= define());

/** The newest dismissals kept per site; older ones are forgotten first. */
export const MAX_PER_SITE = 500;


async function update(site: string, change: (hashes: string[]) => string[]): Promise<void> {
  const all = { ...(await dismissalsItem().getValue()) };
  const next = change(all[site] ?? []);
  if (next.length === 0) delete all[site];
  else all[site] = next.slice(-MAX_PER_SITE);
  await dismissalsItem().setValue(all);
}

export const dismissals: DismissalStore = {
  async load(site) {
    return new Set((await dismissalsItem().getValue())[site] ?? []);
  },
  add: (site, hash) => update(site, (hashes) => [...hashes.filter((h) => h !== hash), hash]),
  remove: (site, hash) => update(site, (hashes) => hashes.filter((h) => h !== hash)),
};

// Defined on first use, in the worker: content scripts import this module too, and defining an
// item reads it at once, which `storage.local` refuses them.
let salt: Promise<string> | undefined;

/**
 * This install's salt for dismissal hashes: 128 random bits, made on first use and kept in
 * `storage.local` (trusted contexts only). Worker only; content scripts ask for it by message.
 */
export function dismissalSalt(): Promise<string> {
  salt ??= (async () => {
    const saltItem = storage.defineItem<string | null>('local:dismissal-salt', { fallback: null });
    const kept = await saltItem.getValue();
    if (kept) return kept;
    const made = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    await saltItem.setValue(made);
    return made;
  })().catch((error: unknown) => {
    salt = undefined;
    throw error;
  });
  return salt;
}

/** Forget every dismissal on every site. */
export async function eraseDismissals(): Promise<void> {
  await dismissalsItem().removeValue();
}

import { storage } from 'wxt/utils/storage';

/**
 * Dismissed findings, per site (origin), as hashes of each finding's words and context
 * (`content/finding-key.ts#dismissalHash`). Only hashes are stored, never the text.
 * Kept in `storage.local`: on this machine only, survives reloads and restarts.
 */
let item: ReturnType<typeof define> | undefined;
const define = () => storage.defineItem<Record<string, string[]>>('local:dismissals', { fallback: {} });
/** Defined on first use, like the settings item (`platform/settings.ts`): page loads never touch storage. */
const dismissalsItem = (): ReturnType<typeof define> => (item ??= define());

/** The newest dismissals kept per site; older ones are forgotten first. */
export const MAX_PER_SITE = 500;

export interface DismissalStore {
  load(site: string): Promise<Set<string>>;
  add(site: string, hash: string): Promise<void>;
  remove(site: string, hash: string): Promise<void>;
}

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

/**
 * The store as content scripts use it: read directly, written by the background worker through
 * `send` (the `updateDismissal` message), so a dismissal survives the tab closing at once and
 * tabs of one site do not overwrite each other's.
 */
export function dismissalsViaWorker(send: (data: { site: string; hash: string; dismissed: boolean }) => Promise<void>): DismissalStore {
  return {
    load: (site) => dismissals.load(site),
    add: (site, hash) => send({ site, hash, dismissed: true }),
    remove: (site, hash) => send({ site, hash, dismissed: false }),
  };
}

/**
 * Dismissed findings as content scripts reach them (the store itself, in `storage.local`, is
 * `platform/dismissals.ts`, the worker's). Its own module so that content scripts carry no storage code.
 */
export interface DismissalStore {
  load(site: string): Promise<Set<string>>;
  add(site: string, hash: string): Promise<void>;
  remove(site: string, hash: string): Promise<void>;
}

/**
 * The store as content scripts use it, entirely through the background worker: `storage.local` is
 * closed to content scripts (`setAccessLevel`), so `read` asks for a site's hashes (the
 * `getDismissals` message) and `send` writes one (`updateDismissal`), so a dismissal survives the
 * tab closing at once and tabs of one site do not overwrite each other's.
 */
export function dismissalsViaWorker(
  send: (data: { site: string; hash: string; dismissed: boolean }) => Promise<void>,
  read: (site: string) => Promise<string[]>,
): DismissalStore {
  return {
    load: async (site) => new Set(await read(site)),
    add: (site, hash) => send({ site, hash, dismissed: true }),
    remove: (site, hash) => send({ site, hash, dismissed: false }),
  };
}

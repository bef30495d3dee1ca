import { storage } from 'wxt/utils/storage';
import type { DraftReport } from './protocol';

/**
 * The current draft of each tab, for the popup and side panel. Kept in `storage.session`: in memory
 * only (never written to disk), cleared when the browser closes, survives the worker being stopped.
 */
const key = (tabId: number) => `session:tab-report:${tabId}` as const;

export async function saveTabReport(tabId: number, report: DraftReport): Promise<void> {
  await storage.setItem(key(tabId), report);
}

export async function loadTabReport(tabId: number): Promise<DraftReport | null> {
  return (await storage.getItem<DraftReport>(key(tabId))) ?? null;
}

export async function forgetTabReport(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Call `onChange` whenever a tab's current draft changes (the side panel follows the user's typing). */
export function watchTabReport(tabId: number, onChange: (report: DraftReport | null) => void): () => void {
  return storage.watch<DraftReport>(key(tabId), (value) => onChange(value ?? null));
}

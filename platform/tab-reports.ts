import { storage } from 'wxt/utils/storage';
import type { DraftReport } from './protocol';

/**
 * The current draft of each tab, for the popup and side panel. Kept in `storage.session`: in memory
 * only (never written to disk), cleared when the browser closes, survives the worker being stopped.
 *
 * Bounded: each tab keeps only the text that was analysed (the engine reads at most
 * `MAX_TEXT_LENGTH` characters), and all tabs together stay under `TAB_REPORTS_BUDGET`, the oldest
 * tabs' drafts going first, well before `storage.session`'s quota (10 MB in Chrome). When a draft
 * cannot be kept all the same, the tab's problem is stored instead, and the popup says so.
 */
const key = (tabId: number) => `session:tab-report:${tabId}` as const;
const problemKey = (tabId: number) => `session:tab-report-problem:${tabId}` as const;

/** What every tab's report together may take, in bytes as storage counts them (UTF-8 JSON). */
export const TAB_REPORTS_BUDGET = 6 * 1024 * 1024;

/** One stored draft: its tab, its size, when it was stored, and the document it was written in. */
interface IndexEntry {
  tabId: number;
  bytes: number;
  at: number;
  documentId?: string;
}
const indexItem = storage.defineItem<IndexEntry[]>('session:tab-report-index', { fallback: [] });

/** Why a tab's latest draft is not in storage. */
export interface TabReportProblem {
  message: string;
  at: number;
}

export type SaveOutcome = { stored: true; evicted: number[] } | { stored: false; problem: TabReportProblem };

const encoder = new TextEncoder();
const sizeOf = (name: string, value: unknown) => encoder.encode(name).length + encoder.encode(JSON.stringify(value)).length;

// Writes one at a time: each reads the index, evicts and writes it back.
let writes: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const done = writes.then(task, task);
  writes = done.catch(() => {});
  return done;
}

/**
 * Keep a tab's draft, evicting the oldest other tabs' drafts first when all of them would pass the
 * budget. `documentId` names the document the draft was written in (see `forgetIfDocumentGone`).
 */
export function saveTabReport(tabId: number, report: DraftReport, documentId?: string): Promise<SaveOutcome> {
  return serial(async () => {
    const bytes = sizeOf(key(tabId), report);
    const index = (await indexItem.getValue()).filter((e) => e.tabId !== tabId);
    const evicted: number[] = [];
    let total = index.reduce((sum, e) => sum + e.bytes, 0);
    index.sort((a, b) => a.at - b.at);
    while (index.length > 0 && total + bytes > TAB_REPORTS_BUDGET) {
      const oldest = index.shift()!;
      total -= oldest.bytes;
      evicted.push(oldest.tabId);
    }
    try {
      if (evicted.length > 0) await storage.removeItems(evicted.map(key));
      if (bytes > TAB_REPORTS_BUDGET) throw new Error(`the draft's report takes ${bytes} bytes, more than the ${TAB_REPORTS_BUDGET} kept for all tabs`);
      await storage.setItem(key(tabId), report);
      await indexItem.setValue([...index, { tabId, bytes, at: Date.now(), documentId }]);
      await storage.removeItem(problemKey(tabId));
      return { stored: true, evicted };
    } catch (error) {
      // Never silent: the tab's old draft goes (it is no longer current), and the reason is kept
      // in its place, a few bytes that fit where the draft did not.
      const problem = { message: error instanceof Error ? error.message : String(error), at: Date.now() };
      await storage.removeItem(key(tabId)).catch(() => {});
      await indexItem.setValue(index).catch(() => {});
      await storage.setItem(problemKey(tabId), problem).catch(() => {});
      return { stored: false, problem };
    }
  });
}

export async function loadTabReport(tabId: number): Promise<DraftReport | null> {
  return (await storage.getItem<DraftReport>(key(tabId))) ?? null;
}

export async function loadTabReportProblem(tabId: number): Promise<TabReportProblem | null> {
  return (await storage.getItem<TabReportProblem>(problemKey(tabId))) ?? null;
}

export function forgetTabReport(tabId: number): Promise<void> {
  return serial(async () => {
    await storage.removeItems([key(tabId), problemKey(tabId)]);
    const index = await indexItem.getValue();
    if (index.some((e) => e.tabId === tabId)) await indexItem.setValue(index.filter((e) => e.tabId !== tabId));
  });
}

/** The document a tab's stored draft was written in, if it is known. */
export async function documentOfTabReport(tabId: number): Promise<string | undefined> {
  return (await indexItem.getValue()).find((e) => e.tabId === tabId)?.documentId;
}

/**
 * Forget a tab's draft once the document it was written in is gone (the tab navigated to another
 * page: another site, or the same one reloaded). `documentAlive` asks the tab whether that document
 * is still there; the worker sees no URLs (no `tabs` permission), so it cannot compare origins.
 */
export async function forgetIfDocumentGone(tabId: number, documentAlive: (documentId: string) => Promise<boolean>): Promise<boolean> {
  const documentId = await documentOfTabReport(tabId);
  if (documentId === undefined || (await documentAlive(documentId))) return false;
  await forgetTabReport(tabId);
  return true;
}

/** Call `onChange` whenever a tab's current draft changes (the side panel follows the user's typing). */
export function watchTabReport(tabId: number, onChange: (report: DraftReport | null) => void): () => void {
  return storage.watch<DraftReport>(key(tabId), (value) => onChange(value ?? null));
}

/** Call `onChange` whenever a tab's storage problem appears or goes. */
export function watchTabReportProblem(tabId: number, onChange: (problem: TabReportProblem | null) => void): () => void {
  return storage.watch<TabReportProblem>(problemKey(tabId), (value) => onChange(value ?? null));
}

// Helpers shared by the hardening end-to-end tests (privacy, security, hostile pages, lifecycle).
// Everything here drives the real browser through stable surface only: the mirror's marks and the
// CSS highlights (read in the content script's world, harness.ts), extension pages, and CDP.
import type { CDPSession, Page } from 'playwright-core';
import { highlightsByDimension, mirrorMarks, type Harness } from './harness';
import { analyze } from '../../lib/analyze';
import type { AnalyzeOptions } from '../../lib/types';

/** Yields one we-action finding, "We figured out". */
export const WEAK = 'We figured out the root cause together.';

/**
 * A problem stated first, so that a following "We ..." sentence is unambiguously the action (the
 * engine reads an opening "We ..." sentence as situation context, and may not flag it).
 */
export const PROBLEM = 'The nightly sync dropped orders.';

/** The few `chrome.*` calls the tests make from extension pages (no @types/chrome here). */
export interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; title?: string; url?: string }>>; get(id: number): Promise<object> };
  storage: Record<'session' | 'local' | 'sync', { get(key: string | null): Promise<Record<string, unknown>> }>;
  runtime: { id?: string; reload(): void; sendMessage(...args: unknown[]): Promise<unknown> };
}

/** Texts of the textarea mirror's marks (read in the content script's world: the mirror's root is closed). */
export async function markTexts(page: Page): Promise<string[]> {
  return (await mirrorMarks(page)).map((m) => m.text);
}

/**
 * The marks the textarea mirror should show for `text`, as "finding-id: words", computed by the
 * engine itself (so the tests follow its tuning): every finding with a span, in text order, the
 * first of overlapping spans winning, as the mirror draws them. All dimensions are live by default.
 */
export function expectedMarks(text: string, options: AnalyzeOptions = {}): string[] {
  const spans = analyze(text, options)
    .findings.filter((f): f is typeof f & { start: number; end: number } => f.start !== undefined && f.end !== undefined)
    .sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    out.push(`${f.id}: ${text.slice(f.start, f.end)}`);
    at = f.end;
  }
  return out;
}

/** The textarea mirror's marks, as "finding-id: words". */
export async function markDetails(page: Page): Promise<string[]> {
  return (await mirrorMarks(page)).map((m) => `${m.findingId}: ${m.text}`);
}

/** Wait until the textarea mirror shows exactly `expected` (see `expectedMarks`). */
export async function waitForMarkDetails(page: Page, expected: string[], timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  let seen: string[] = [];
  for (;;) {
    seen = await markDetails(page);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for marks ${JSON.stringify(expected)}; saw ${JSON.stringify(seen)}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Texts of the ranges STAR Coach highlights for `dimension` (null when none is registered). */
export async function highlightTexts(page: Page, dimension = 'ownership'): Promise<string[] | null> {
  return (await highlightsByDimension(page))[dimension] ?? null;
}

export async function waitForHighlightCount(page: Page, count: number, dimension = 'ownership', timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (((await highlightTexts(page, dimension)) ?? []).length === count) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${count} ${dimension} range(s)`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/**
 * An extension page kept open to call `chrome.*` from a trusted extension context. Unlike the
 * harness's `worker` handle it survives the service worker being stopped and restarted.
 */
export async function extensionPage(h: Harness): Promise<Page> {
  const page = await h.ctx.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return page;
}

/** Open a fixture page in a new tab and return it with its tab id (the newest tab: tab ids only grow). */
export async function openTab(h: Harness, ext: Page, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.open(path);
  const ids = await tabIds(ext);
  return { page, tabId: ids[ids.length - 1]! };
}

/** The ids of every tab, oldest first (tab ids grow as tabs open). */
export async function tabIds(ext: Page): Promise<number[]> {
  return ext.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({})).map((t) => t.id!).sort((a, b) => a - b));
}

/** The report the background saved for a tab (storage.session), read from an extension page. */
export async function storedTabReport(ext: Page, tabId: number): Promise<{ text: string; report: { truncated?: { analysedLength: number; limit: number }; findings: { id: string }[] } } | null> {
  return ext.evaluate(async (key) => ((await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get(key))[key] ?? null) as never, `tab-report:${tabId}`);
}

/** A CDP session on `page` with the ServiceWorker domain on, tracking the extension worker's running status. */
export async function workerControl(h: Harness, page: Page): Promise<{ cdp: CDPSession; status(): string | undefined; stop(): Promise<void>; waitFor(status: string, timeout?: number): Promise<void> }> {
  const cdp = await h.ctx.newCDPSession(page);
  let running: string | undefined;
  const waiters: Array<() => void> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
    for (const v of e.versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`)) running = v.runningStatus;
    }
    for (const w of waiters.splice(0)) w();
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = async (status: string, timeout = 10_000) => {
    const until = Date.now() + timeout;
    while (running !== status) {
      if (Date.now() > until) throw new Error(`service worker never reached "${status}" (last: ${running})`);
      await new Promise<void>((ok) => {
        waiters.push(ok);
        setTimeout(ok, 100);
      });
    }
  };
  return {
    cdp,
    status: () => running,
    waitFor,
    async stop() {
      await waitFor('running');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped');
    },
  };
}

/** Evaluate in the content script's isolated world of `page`'s main frame. */
export async function inContentScript<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const target = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}` && c.auxData.frameId === frameTree.frame.id,
    );
    if (!target) throw new Error('content script context not found');
    const result = (await cdp.send('Runtime.evaluate', { contextId: target.id, expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export interface WorldError {
  /** `extension` for the content script's isolated world, `page` for the page's own scripts. */
  world: 'extension' | 'page' | 'other';
  text: string;
}

/**
 * Every uncaught exception, unhandled rejection and console.error in any JavaScript world of
 * `page` (CDP), so errors thrown by the content script are caught too, not only the page's.
 */
export async function watchErrors(page: Page, extensionId: string): Promise<WorldError[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, WorldError['world']>();
  const errors: WorldError[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } } }) => {
    const c = e.context;
    worlds.set(c.id, c.origin === `chrome-extension://${extensionId}` ? 'extension' : c.auxData?.isDefault ? 'page' : 'other');
  });
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { executionContextId?: number; text: string; exception?: { description?: string } } }) => {
    const d = e.exceptionDetails;
    errors.push({ world: worlds.get(d.executionContextId ?? -1) ?? 'other', text: `${d.text} ${d.exception?.description ?? ''}`.trim() });
  });
  cdp.on('Runtime.consoleAPICalled', (e: { type: string; executionContextId: number; args: Array<{ value?: unknown; description?: string }> }) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    errors.push({ world: worlds.get(e.executionContextId) ?? 'other', text: e.args.map((a) => a.description ?? String(a.value)).join(' ') });
  });
  await cdp.send('Runtime.enable');
  return errors;
}

/** One analysis the worker was asked for, as the test build logs it (entrypoints/background/index.ts). */
export interface LoggedAnalysis {
  tab: number;
  length: number;
  requested: number;
  waiting: Record<number, number>;
  started?: number;
  ended?: number;
  answered?: string;
}

/** Every analysis the worker was asked for, oldest first. */
export async function workerAnalyses(h: Harness): Promise<LoggedAnalysis[]> {
  return h.worker.evaluate(() => (globalThis as unknown as { __starCoachAnalyses?: LoggedAnalysis[] }).__starCoachAnalyses ?? []);
}

import { browser, type Browser } from 'wxt/browser';

/**
 * Every extension-API difference between Chrome and Firefox, in one place. The manifest's
 * differences are in wxt.config.ts. `import.meta.env.FIREFOX` is fixed at build time, so each
 * build carries only its own branch.
 */
const FIREFOX = import.meta.env.FIREFOX;

type ContextMenus = typeof browser.contextMenus;

/** The right-click menu API: `menus` in Firefox (its `contextMenus` needs that permission's name). */
export function contextMenus(): ContextMenus {
  return FIREFOX ? (browser as unknown as { menus: ContextMenus }).menus : browser.contextMenus;
}

interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Open the scorecard beside the page: Chrome's side panel for `tabId`, Firefox's sidebar (one per
 * window). Call it straight from a click handler: both browsers require a user action.
 */
export function openSidebar(tabId: number): Promise<void> {
  if (FIREFOX) return (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction.open();
  return browser.sidePanel.open({ tabId });
}

/**
 * The content script's files loaded on demand: live coaching when someone writes, and the
 * selection panel when one is first shown. Each is web-accessible in Chrome (wxt.config.ts), at a
 * URL that changes every session.
 */
export const CONTENT_CHUNKS = ['live-coach.js', 'selection-panel.js'] as const;
export type ContentChunk = (typeof CONTENT_CHUNKS)[number];
/** A content script's request for one of those files (a plain message: not the protocol's). */
const LOAD_CHUNK = 'star-coach:load-chunk';

/**
 * Load `file` into this content script (the start-up script's world). Chrome can import only a
 * web-accessible file, so each is one there, at a URL that changes every session
 * (`use_dynamic_url`). Firefox has no such URL, so it has no web-accessible file at all: the worker
 * injects the code into the asking frame, and no page can load it from anywhere.
 */
export async function loadContentChunk(file: ContentChunk): Promise<void> {
  if (!FIREFOX) {
    await import(/* @vite-ignore */ browser.runtime.getURL(`/${file}`));
    return;
  }
  const loaded: unknown = await browser.runtime.sendMessage({ type: LOAD_CHUNK, file });
  if (loaded !== true) throw new Error(`${file} could not be injected`);
}

/** Live coaching, imported by the start-up script on the first focus or input in a field. */
export function loadLiveCoach(): Promise<void> {
  return loadContentChunk('live-coach.js');
}

interface Scripting {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

/** The worker's side of `loadContentChunk` (nothing to do in Chrome). Register at the top level. */
export function injectContentChunksOnRequest(): void {
  if (!FIREFOX) return;
  browser.runtime.onMessage.addListener(((message: unknown, sender: Browser.runtime.MessageSender) => {
    const request = message as { type?: unknown; file?: unknown } | null;
    if (request?.type !== LOAD_CHUNK) return undefined;
    const file = CONTENT_CHUNKS.find((f) => f === request.file);
    // Only this extension's own content scripts, only its own chunks, into the frame that asked.
    const tabId = sender.tab?.id;
    if (!file || sender.id !== browser.runtime.id || tabId === undefined || sender.frameId === undefined) return undefined;
    const scripting = (browser as unknown as { scripting: Scripting }).scripting;
    return scripting.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: [`/${file}`] }).then(() => true);
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

/**
 * Call `forgetIfGone` or `forget` when a tab may have left the document its draft was written in
 * (another site, or the same page loaded again; same-document navigations such as
 * `history.pushState` and #fragments keep the draft). Chrome names documents (`documentId`), so
 * after each load the worker asks whether the draft's document still answers. Firefox names none
 * (no `documentId` on senders or in `tabs.sendMessage`); there a top-level load reports
 * `status: 'loading'` while same-document navigations report only `complete`, so that start
 * means the document is being replaced. Register at the top level.
 */
export function onTabDocumentChange(forgetIfGone: (tabId: number) => void, forget: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (FIREFOX) {
      if (change.status === 'loading') forget(tabId);
    } else if (change.status === 'complete') {
      forgetIfGone(tabId);
    }
  });
}

/** The sites the content script runs on, which Firefox (Manifest V3) lets the user withhold. */
const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * Whether the content script may run on websites. Chrome grants its sites at install; Firefox
 * treats them as host permissions the user may withhold, so it is asked.
 */
export async function hasSiteAccess(): Promise<boolean> {
  if (!FIREFOX) return true;
  return browser.permissions.contains(ALL_SITES);
}

/** Ask for the content script's sites (Firefox's prompt). Call straight from a click handler. */
export function requestSiteAccess(): Promise<boolean> {
  if (!FIREFOX) return Promise.resolve(true);
  return browser.permissions.request(ALL_SITES);
}

/**
 * @webext-core/messaging answers a tab message through a callback that never reads
 * `chrome.runtime.lastError`, so asking a tab with no content script (a browser page, the popup's
 * own tab) logs "Unchecked runtime.lastError" although the caller handles the failure. Contexts
 * that message tabs (the worker, the popup, the side panel) call this once at start: it wraps
 * `chrome.tabs.sendMessage` so that every callback reads the error first.
 */
export function readLastErrorOfTabMessages(): void {
  const c = (globalThis as { chrome?: { runtime?: { lastError?: unknown }; tabs?: { sendMessage?: (...args: unknown[]) => unknown } } }).chrome;
  const tabs = c?.tabs;
  if (!tabs?.sendMessage || (tabs.sendMessage as { __starCoach?: boolean }).__starCoach) return;
  const original = tabs.sendMessage.bind(tabs);
  const patched = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (response: unknown) => {
        void c?.runtime?.lastError;
        (last as (r: unknown) => void)(response);
      };
    }
    return original(...args);
  };
  (patched as { __starCoach?: boolean }).__starCoach = true;
  tabs.sendMessage = patched;
}

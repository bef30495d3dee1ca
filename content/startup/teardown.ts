/**
 * Run `undo` when `signal` aborts. After the extension is reloaded or updated, removing a listener
 * from `chrome.*` throws "Extension context invalidated": there is nothing left to remove then, and
 * the error must not reach the page's console.
 */
export function onAbort(signal: AbortSignal, undo: () => void): void {
  signal.addEventListener('abort', () => {
    try {
      undo();
    } catch {
      // The extension context is gone, and with it every listener we registered.
    }
  });
}

import { answerMessages, type MessageEvents } from './answer';
import { claimDocument, isCoached } from './claim';
import { fieldFor, skipReason } from './fields';
import { watchGestures } from './gesture';
import type { Live, LiveModule } from './handoff';
import { EMPTY_SELECTION_MESSAGE, selectedText } from './selection-text';
import { onAbort } from './teardown';

export interface BootstrapDeps {
  /** Load the live-coaching code (the extension imports its module file). */
  load(): Promise<LiveModule>;
  /** Where the extension's messages arrive (`chrome.runtime.onMessage`). */
  messages: MessageEvents;
  /** Whether the extension was reloaded or removed since this script started. */
  isInvalid(): boolean;
  log?: (message: string, ...details: unknown[]) => void;
  /** Whether a focus or input event is the user's (default: `watchGestures`, `gesture.ts`). */
  fromUser?: (event: Event) => boolean;
}

export interface Bootstrap {
  /** Live coaching, started now if it had not been. Rejects when its code cannot be loaded. */
  live(): Promise<Live>;
  /** Live coaching if it has started, else null. */
  started(): Live | null;
}

/**
 * What runs on every page, kept as small as it can be: the content script is evaluated in every
 * frame of every tab, most of which never see an answer. It claims the document, answers the
 * extension's messages, and waits. Live coaching (its code, the settings, the observers) starts on
 * the first focus or input in an answer field, or focus moving into a frame that has no script of
 * its own, or when the extension asks for it (the popup, the selection panel). Nothing here
 * touches the page's DOM.
 */
export function bootstrap(page: Document, deps: BootstrapDeps, signal: AbortSignal): Bootstrap {
  const log = deps.log ?? (() => {});
  const gestures = watchGestures(page, signal);
  const fromUser = deps.fromUser ?? gestures.fromUser;
  const win = page.defaultView;
  // A parent frame's coach may have taken this document (an about:blank frame it saw first).
  const claimed = win !== null && claimDocument(page, signal);

  let module: Promise<LiveModule> | null = null;
  const loadModule = (): Promise<LiveModule> =>
    (module ??= deps.load().catch((error: unknown) => {
      module = null; // try again next time
      throw error;
    }));

  let handle: Live | null = null;
  let starting: Promise<Live> | null = null;
  const triggers = new AbortController();
  signal.addEventListener('abort', () => triggers.abort(), { once: true });
  const live = (): Promise<Live> =>
    (starting ??= (async () => {
      if (!claimed) throw new Error('another coach has this document');
      // Orphaned by a reload of the extension: its files are gone, so load nothing (asking stops us).
      if (deps.isInvalid()) throw new Error('STAR Coach was reloaded');
      const m = await loadModule();
      if (signal.aborted) throw new Error('STAR Coach stopped on this page');
      triggers.abort(); // live coaching listens for itself from now on
      handle = m.start(page, signal, { isInvalid: deps.isInvalid, log, gestures });
      return handle;
    })().catch((error: unknown) => {
      starting = null;
      log('could not start live coaching', error);
      throw error;
    }));
  const wake = () => void live().catch(() => {});

  if (claimed && win) {
    const skipped = new WeakSet<Element>();
    const onField = (event: Event) => {
      // Only the user starts coaching: not an input event the page's script made up, nor a focus
      // the script gave a field outside a user gesture.
      if (!fromUser(event)) return;
      const field = fieldFor(event.composedPath()[0] ?? event.target);
      if (!field) return;
      const reason = skipReason(field);
      if (!reason) return wake();
      if (!skipped.has(field)) log(`skipping field: ${reason}`, field);
      skipped.add(field);
    };
    const options = { capture: true, signal: triggers.signal };
    page.addEventListener('focusin', onField, options);
    page.addEventListener('input', onField, options);
    // Focus moved into a same-origin frame that has no script of its own (written by script).
    win.addEventListener(
      'blur',
      () =>
        setTimeout(() => {
          const frame = page.activeElement;
          if (!frame || (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME')) return;
          try {
            const inner = (frame as HTMLIFrameElement).contentDocument;
            if (inner && !isCoached(inner)) wake();
          } catch {
            // Cross-origin: the extension's own script runs there.
          }
        }, 0),
      { signal: triggers.signal },
    );
  }

  const stop = answerMessages(deps.messages, {
    // The popup asks the top frame about the page: that needs the settings, so coaching starts.
    getPageInfo: async () => (await live()).pageInfo(),
    // Every frame hears this; only the one whose coach placed the finding reveals it.
    revealFinding: ({ data }) => handle?.reveal(data.key) ?? false,
    showSelectionReport: async ({ data }) => (await live()).showSelectionReport(data),
    getSelectionText: ({ data }) => {
      const text = selectedText(page);
      // Asked by the keyboard shortcut or the popup: say why nothing opens.
      if (!text.trim() && data?.notifyIfEmpty) {
        loadModule().then(
          (m) => m.notice(page, EMPTY_SELECTION_MESSAGE),
          (error: unknown) => log('could not show a notice', error),
        );
      }
      return text;
    },
  });
  onAbort(signal, stop);

  return { live, started: () => handle };
}

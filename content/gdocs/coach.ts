import type { DocumentText } from '../../platform/protocol';
import { DEBOUNCE_MS, startSession, type Coach, type SessionDeps } from '../live/session';
import type { DocsBridge } from './bridge';
import { editorOf, selectedTextFallback, textEventTarget } from './docs-page';
import { DocsOverlay } from './overlay';
import { scopeFor } from './segments';
import { docsSource } from './source';
import { docsSurface } from './surface';

export interface DocsCoachDeps extends SessionDeps {
  bridge: DocsBridge;
}

/** The Coach handle, plus the document's text for the popup, shortcut and side panel. */
export interface DocsCoach extends Coach {
  documentText(): Promise<DocumentText | null>;
}

/**
 * Live coaching for Google Docs: the same session as every other editor (card, list, keys,
 * dismissals), with Docs as its source (the hook, through the bridge) and its surface (marks over
 * the canvas). When the hook gives nothing, nothing is drawn and no error reaches the page; the
 * user's selection is analysed instead, for the popup. Undone when `signal` aborts.
 */
export function startDocsCoach(page: Document, deps: DocsCoachDeps, signal: AbortSignal): DocsCoach {
  const view = page.defaultView as Window & typeof globalThis;
  const log = deps.log ?? (() => {});
  const debounceMs = deps.debounceMs ?? DEBOUNCE_MS;
  const overlay = new DocsOverlay(page);
  const session = startSession(page, deps, signal);
  let hookWorks = false;
  let frame = 0;

  // Without the hook: Docs copies the user's selection into its text-event iframe. That text is
  // analysed as the tab's draft (so the popup and side panel show its report); nothing is drawn.
  let selectionObserved: Element | null = null;
  let selectionTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSelection = '';
  const selectionObserver = new MutationObserver(() => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(() => void analyseSelection(), debounceMs);
  });
  const followSelection = () => {
    const target = textEventTarget(page);
    if (target && target.el !== selectionObserved) {
      selectionObserver.disconnect();
      selectionObserver.observe(target.el, { childList: true, characterData: true, subtree: true });
      selectionObserved = target.el;
    }
    void analyseSelection();
  };
  const analyseSelection = async () => {
    if (signal.aborted || hookWorks) return;
    const text = selectedTextFallback(page).trim();
    if (!text || text === lastSelection) return;
    lastSelection = text;
    try {
      await deps.analyze({ text, fieldKind: 'google-docs', site: view.location.origin });
    } catch (error) {
      if (!signal.aborted) log('analysis failed', error);
    }
  };
  const onRead = (ok: boolean) => {
    hookWorks = ok;
    if (ok) return;
    log('Docs hook gave no text');
    followSelection();
  };

  /** Docs re-renders its lines on every edit, scroll and zoom: draw again once per frame. */
  const scheduleLayout = () => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      session.layout();
    });
  };
  let keysIn: Document | null = null;
  /** The coach's keys are heard in Docs' text-event iframe too, where typing happens (it can be created, or replaced, after start). */
  const listenForKeys = () => {
    const target = textEventTarget(page);
    if (!target || target.frameDocument === keysIn) return;
    keysIn = target.frameDocument;
    session.hearKeysIn(target.frameDocument);
  };

  const start = (editor: Element) => {
    const source = docsSource(page, editor, deps.bridge, onRead);
    session.follow(editor, () => ({ source, surface: docsSurface(page, overlay) }), { analyseNow: true });
    const stop = source.watch!(() => {
      scheduleLayout();
      session.changed(editor);
      listenForKeys();
    });
    signal.addEventListener('abort', stop);
    listenForKeys();
  };
  const editor = editorOf(page);
  if (editor) start(editor);
  else {
    const waiting = new MutationObserver(() => {
      const found = editorOf(page);
      if (!found) return;
      waiting.disconnect();
      start(found);
    });
    waiting.observe(page.body ?? page.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => waiting.disconnect());
  }

  signal.addEventListener('abort', () => {
    if (frame) view.cancelAnimationFrame(frame);
    selectionObserver.disconnect();
    clearTimeout(selectionTimer);
    overlay.destroy();
  });

  return {
    refresh: () => session.refresh(),
    setEnabled: (on) => session.setEnabled(on),
    setLiveDimensions: (dimensions) => session.setLiveDimensions(dimensions),
    setMutedKinds: (bySite) => session.setMutedKinds(bySite),
    current: () => session.current(),
    reveal: (key) => session.reveal(key),
    async documentText() {
      const snap = await deps.bridge.read();
      const scope = snap && scopeFor(snap.text, snap.caret);
      if (snap && scope) return { text: snap.text.slice(scope.start, scope.end), fieldKind: 'google-docs', source: 'hook' };
      const selected = selectedTextFallback(page).trim();
      return selected ? { text: selected, fieldKind: 'google-docs', source: 'selection' } : null;
    },
  };
}

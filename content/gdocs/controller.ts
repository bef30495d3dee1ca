import { h, render } from 'preact';
import { copyText } from '../../components/clipboard';
import { findingKey } from '../../platform/protocol';
import { dismissalHash } from '../live/dismissal-hash';
import type { DocumentText, Draft, DraftReport } from '../../platform/protocol';
import { DIMENSIONS, type Dimension, type Finding } from '../../lib/types';
import type { Coach, DismissalStoreLike } from '../live/coach';
import type { DocsBridge } from './bridge';
import { DocsCard } from './Card';
import { caretPosition, editorOf, isCaret, readLines, selectedTextFallback, textEventTarget } from './docs-page';
import { fractionsOf, locateLines, piecesFor } from './lines';
import { DocsOverlay, type MarkBox } from './overlay';
import { scopeFor, type Span } from './segments';

export interface DocsCoachDeps {
  analyze(draft: Draft): Promise<DraftReport>;
  bridge: DocsBridge;
  /** Put text on the clipboard; true when it worked. */
  copy?(text: string): Promise<boolean>;
  debounceMs?: number;
  log?: (message: string, ...details: unknown[]) => void;
  /** Where dismissals are remembered (per site, hashes only, as for every other editor); in memory when absent. */
  dismissals?: DismissalStoreLike;
}

/** The Coach handle, plus the document's text for the popup, shortcut and side panel. */
export interface DocsCoach extends Coach {
  documentText(): Promise<DocumentText | null>;
}

/** A finding with its offsets moved into the whole document's text. */
type Placed = Finding & { start: number; end: number; key: string };

interface Drawn {
  result: DraftReport;
  docText: string;
  scope: Span;
  placed: Placed[];
}

interface CardState {
  key: string;
  status: string | null;
  busy: boolean;
}

const CONFIRM_TRIES = 15;
/** After this many reads without text, the hook is taken to be off and read ten times less often. */
const MISSES_BEFORE_BACKOFF = 3;
const CONFIRM_INTERVAL_MS = 100;

/**
 * Live coaching for Google Docs: read the text through Docs' hook (via the bridge), analyse the
 * answer at the caret, and draw the findings over the canvas from Docs' line rectangles. When the
 * hook gives nothing, nothing is drawn and no error reaches the page. Undone when `signal` aborts.
 */
export function startDocsCoach(doc: Document, deps: DocsCoachDeps, signal: AbortSignal): DocsCoach {
  const win = doc.defaultView as Window & typeof globalThis;
  const debounceMs = deps.debounceMs ?? 400;
  const log = deps.log ?? (() => {});
  const overlay = new DocsOverlay(doc);
  const measure = measurer(doc);
  let enabled = true;
  let live = new Set<Dimension>(DIMENSIONS);
  let drawn: Drawn | null = null;
  let card: CardState | null = null;
  let pollSeq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let misses = 0;
  let caretAt = '';
  // Hashes of dismissed findings (`dismissalHash`: kind, words, sentence; never the text), kept
  // for the site like the live coach's, so a dismissal survives a reload of the document.
  const dismissed = new Set<string>();
  const site = win.location.origin;
  deps.dismissals?.load(site).then(
    (saved) => {
      if (signal.aborted) return;
      for (const hash of saved) dismissed.add(hash);
      layout();
    },
    (error: unknown) => log('could not load dismissals', error),
  );
  const copy = deps.copy ?? ((text: string) => copyText(text, doc, overlay.cardRoot));

  const place = (result: DraftReport, docText: string, scope: Span): Placed[] =>
    result.report.findings.flatMap((f) => {
      if (f.start === undefined || f.end === undefined) return [];
      const start = f.start + scope.start;
      const end = f.end + scope.start;
      const suggestion = f.suggestion && {
        ...f.suggestion,
        replaces: f.suggestion.replaces && {
          start: f.suggestion.replaces.start + scope.start,
          end: f.suggestion.replaces.end + scope.start,
        },
      };
      return [{ ...f, start, end, suggestion, key: `${f.id}|${start}|${docText.slice(start, end)}` }];
    });

  const poll = async () => {
    if (card?.busy) return schedule(); // an Apply is in flight: look again after it
    const seq = ++pollSeq;
    if (!enabled || signal.aborted) return;
    const snap = await deps.bridge.read();
    if (seq !== pollSeq || signal.aborted || !enabled) return;
    misses = snap ? 0 : misses + 1;
    const scope = snap && scopeFor(snap.text, snap.caret);
    if (!snap || !scope) {
      if (!snap) log('Docs hook gave no text');
      drawn = null;
      layout();
      if (!snap) followSelection();
      return;
    }
    const text = snap.text.slice(scope.start, scope.end);
    if (drawn && drawn.result.text === text) {
      // The answer is unchanged (the caret moved, or text changed elsewhere): only offsets may have moved.
      drawn = { ...drawn, docText: snap.text, scope, placed: place(drawn.result, snap.text, scope) };
      layout();
      return;
    }
    let result: DraftReport;
    try {
      result = await deps.analyze({ text, fieldKind: 'google-docs', site: win.location.origin });
    } catch (error) {
      if (!signal.aborted) log('analysis failed', error);
      return;
    }
    if (seq !== pollSeq || signal.aborted || !enabled || result.text !== text) return;
    // A report for old text is never drawn on new text: if Docs changed meanwhile, look again.
    const now = await deps.bridge.read();
    if (seq !== pollSeq || signal.aborted || !enabled) return;
    if (now?.text !== snap.text) return schedule();
    drawn = { result, docText: snap.text, scope, placed: place(result, snap.text, scope) };
    layout();
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void poll(), misses >= MISSES_BEFORE_BACKOFF ? debounceMs * 10 : debounceMs);
  };

  const visible = (): Placed[] =>
    drawn ? drawn.placed.filter((f) => live.has(f.dimension) && !dismissed.has(dismissalHash(drawn!.docText, f))) : [];

  const layout = () => {
    if (!enabled || !drawn) {
      overlay.paint([], null);
      closeCard();
      return;
    }
    const lines = readLines(doc);
    const spans = locateLines(drawn.docText, lines.map((l) => l.label));
    const boxes: MarkBox[] = [];
    for (const f of visible()) {
      for (const piece of piecesFor(spans, f.start, f.end)) {
        const line = lines[piece.line]!;
        const r = line.el.getBoundingClientRect();
        const [a, b] = fractionsOf(line.label, piece.from, piece.to, measure(line.font));
        boxes.push({ key: f.key, findingId: f.id, dimension: f.dimension, left: r.left + a * r.width, top: r.top, width: (b - a) * r.width, height: r.height });
      }
    }
    const editor = editorOf(doc);
    overlay.paint(boxes, editor ? editor.getBoundingClientRect() : null);
    if (card) {
      if (overlay.boxesOf(card.key).length === 0 && !card.busy) closeCard();
      else renderCard();
    }
  };

  const scheduleLayout = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      layout();
    });
  };

  // --- without the hook: the selection ---------------------------------------------------------
  // Docs copies the user's selection into its text-event iframe. When the hook gives nothing, that
  // text is analysed as the tab's draft (so the popup and side panel show its report); nothing is drawn.
  let selectionObserved: Element | null = null;
  let selectionTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSelection = '';
  const selectionObserver = new MutationObserver(() => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(() => void analyseSelection(), debounceMs);
  });
  const followSelection = () => {
    const target = textEventTarget(doc);
    if (target && target.el !== selectionObserved) {
      selectionObserver.disconnect();
      selectionObserver.observe(target.el, { childList: true, characterData: true, subtree: true });
      selectionObserved = target.el;
    }
    void analyseSelection();
  };
  const analyseSelection = async () => {
    if (!enabled || signal.aborted || drawn) return;
    const text = selectedTextFallback(doc).trim();
    if (!text || text === lastSelection) return;
    lastSelection = text;
    try {
      await deps.analyze({ text, fieldKind: 'google-docs', site: win.location.origin });
    } catch (error) {
      if (!signal.aborted) log('analysis failed', error);
    }
  };

  // --- the card -------------------------------------------------------------------------------
  const closeCard = () => {
    card = null;
    render(null, overlay.cardRoot);
  };

  const renderCard = () => {
    const f = card && drawn?.placed.find((p) => p.key === card!.key);
    if (!card || !f || !drawn) return closeCard();
    const state = card;
    const anchor = overlay.boxesOf(state.key)[0];
    const left = Math.max(8, Math.min((anchor?.left ?? 40), win.innerWidth - 330));
    const top = anchor ? anchor.top + anchor.height + 6 : 40;
    overlay.cardRoot.style.cssText = `position:fixed;left:${left}px;top:${Math.min(top, win.innerHeight - 200)}px;`;
    const docText = drawn.docText;
    render(
      h(DocsCard, {
        finding: f,
        excerpt: docText.slice(f.start, f.end),
        status: state.status,
        busy: state.busy,
        onApply: f.suggestion?.replaces ? () => void apply(f) : null,
        onDismiss: () => {
          const hash = dismissalHash(docText, f);
          dismissed.add(hash);
          deps.dismissals?.add(site, hash).catch((error: unknown) => log('could not save a dismissal', error));
          closeCard();
          layout();
        },
        onClose: closeCard,
      }),
      overlay.cardRoot,
    );
  };

  const setCard = (patch: Partial<CardState>) => {
    if (!card) return;
    card = { ...card, ...patch };
    renderCard();
  };

  // --- apply ----------------------------------------------------------------------------------
  const apply = async (f: Placed) => {
    const s = f.suggestion;
    if (!s?.replaces || !drawn || card?.busy) return;
    const before = drawn.docText;
    setCard({ busy: true, status: 'Applying…' });
    const fresh = await deps.bridge.read();
    if (!fresh || fresh.text !== before) {
      setCard({ busy: false, status: fresh ? 'The document changed since this was checked. Checking again…' : await copied(s.text) });
      if (fresh) void poll();
      return;
    }
    const { start, end } = s.replaces;
    const expected = before.slice(0, start) + s.text + before.slice(end);
    const target = textEventTarget(doc);
    const selected = target ? await deps.bridge.select(start, end) : false;
    if (target && selected) {
      target.el.focus();
      target.doc.execCommand('insertText', false, s.text);
    }
    // Confirm through the hook that Docs' own model now holds the rewrite.
    let confirmed = false;
    for (let i = 0; selected && i < CONFIRM_TRIES && !confirmed; i++) {
      const now = await deps.bridge.read();
      confirmed = now?.text === expected;
      if (!confirmed) await new Promise((ok) => setTimeout(ok, CONFIRM_INTERVAL_MS));
    }
    if (signal.aborted) return;
    if (confirmed) {
      closeCard();
      drawn = null;
      void poll();
      return;
    }
    setCard({ busy: false, status: await copied(s.text) });
  };

  const copied = async (text: string): Promise<string> =>
    (await copy(text))
      ? 'Docs did not take the change. The rewrite is on your clipboard: select the highlighted words and paste it. (If Docs changed anything, Undo reverts it.)'
      : 'Docs did not take the change, and the clipboard is unavailable: copy the rewrite above by hand.';

  // --- events ---------------------------------------------------------------------------------
  const onClick = (event: MouseEvent) => {
    if (event.composedPath().includes(overlay.host)) return;
    const box = overlay.hit(event.clientX, event.clientY);
    if (!box) {
      if (card && !card.busy) closeCard();
      return;
    }
    card = { key: box.key, status: null, busy: false };
    renderCard();
  };

  doc.addEventListener('click', onClick, { capture: true, passive: true, signal });
  doc.addEventListener('scroll', scheduleLayout, { capture: true, passive: true, signal });
  win.addEventListener('resize', scheduleLayout, { passive: true, signal });
  // The live coach's keys: Alt+Shift+. / , open the next / previous finding's card, Alt+Shift+Enter
  // applies the open card's rewrite, Esc closes it. Typing in Docs happens in its text-event iframe,
  // so the keys are heard there as well as in the page.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!enabled) return;
    if (event.key === 'Escape') {
      if (card && !card.busy) closeCard();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code === 'Period' || event.code === 'Comma') {
      const shown = visible()
        .filter((f) => overlay.boxesOf(f.key).length > 0)
        .sort((a, b) => a.start - b.start);
      if (shown.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      const step = event.code === 'Period' ? 1 : -1;
      const at = card ? shown.findIndex((f) => f.key === card!.key) : -1;
      const next = at < 0 ? (step > 0 ? 0 : shown.length - 1) : (at + step + shown.length) % shown.length;
      card = { key: shown[next]!.key, status: null, busy: false };
      renderCard();
    } else if (event.code === 'Enter' && card && !card.busy) {
      const f = drawn?.placed.find((p) => p.key === card!.key);
      if (!f?.suggestion?.replaces) return;
      event.preventDefault();
      event.stopPropagation();
      void apply(f);
    }
  };
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  let keysIn: Document | null = null;
  /** Hear the keys in Docs' text-event iframe too (it can be created, or replaced, after start). */
  const listenForKeys = () => {
    const target = textEventTarget(doc);
    if (!target || target.doc === keysIn) return;
    keysIn = target.doc;
    target.doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  };

  // Docs re-renders the line rectangles and moves the caret on every edit: follow the editor.
  const editorObserver = new MutationObserver((records) => {
    // The caret blinking is not an edit: skip it unless the caret moved (a new answer may be current).
    if (records.every((r) => r.type === 'attributes' && isCaret(r.target))) {
      const now = caretPosition(doc);
      if (now === caretAt) return;
      caretAt = now;
    }
    scheduleLayout();
    schedule();
    listenForKeys();
  });
  const watchEditor = (): boolean => {
    const editor = editorOf(doc);
    if (!editor) return false;
    editorObserver.observe(editor, { childList: true, subtree: true, attributes: true, characterData: true });
    listenForKeys();
    schedule();
    return true;
  };
  if (!watchEditor()) {
    const waiting = new MutationObserver(() => {
      if (watchEditor()) waiting.disconnect();
    });
    waiting.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => waiting.disconnect());
  }

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    if (frame) win.cancelAnimationFrame(frame);
    editorObserver.disconnect();
    selectionObserver.disconnect();
    clearTimeout(selectionTimer);
    render(null, overlay.cardRoot);
    overlay.destroy();
  });

  return {
    refresh() {
      drawn = null;
      if (enabled) void poll();
    },
    setEnabled(on) {
      enabled = on;
      if (!on) {
        pollSeq++;
        drawn = null;
        layout();
      } else void poll();
    },
    setLiveDimensions(dimensions) {
      live = new Set(dimensions);
      layout();
    },
    current: () => drawn?.result ?? null,
    reveal(key) {
      // `key` is the popup's key for a finding of the analysed answer; placed findings sit in the whole document.
      const target = drawn?.placed.find(
        (p) => findingKey({ ...p, start: p.start - drawn!.scope.start, end: p.end - drawn!.scope.start }) === key,
      );
      if (!target) return false;
      card = { key: target.key, status: null, busy: false };
      renderCard();
      return true;
    },
    async documentText() {
      const snap = await deps.bridge.read();
      const scope = snap && scopeFor(snap.text, snap.caret);
      if (snap && scope) return { text: snap.text.slice(scope.start, scope.end), fieldKind: 'google-docs', source: 'hook' };
      const selected = selectedTextFallback(doc).trim();
      return selected ? { text: selected, fieldKind: 'google-docs', source: 'selection' } : null;
    },
  };
}

/** A text-width function per CSS font, or character counts when the font is unknown or canvas is missing. */
function measurer(doc: Document): (font: string) => ((s: string) => number) | undefined {
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (font) => {
    if (!font) return undefined;
    if (ctx === undefined) {
      try {
        ctx = doc.createElement('canvas').getContext('2d');
      } catch {
        ctx = null;
      }
    }
    const c = ctx;
    if (!c) return undefined;
    return (s) => {
      c.font = font;
      return c.measureText(s).width;
    };
  };
}


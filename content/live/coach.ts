import { h } from 'preact';
import type { Draft, DraftReport, FieldKind } from '../../platform/protocol';
import { DIMENSIONS, type Dimension, type Finding } from '../../lib/types';
import { Card } from '../../components/Card';
import { FindingList } from '../../components/FindingList';
import { applyReplacement, fieldText } from './sources/apply-edit';
import { shiftFindings } from './edits';
import { findingKey } from '../../platform/protocol';
import { dismissalHash } from './dismissal-hash';
import { editableRoots, fieldFor, isTextareaField, skipReason, type Field } from '../startup/fields';
import { adoptHighlightStyles, EditableHighlighter, highlightApi, TextareaMirror } from './surfaces/highlights';
import { BadgeView, Popover } from './popover';
import { readRoots, type TextSnapshot } from './sources/text-model';
import { copyText } from '../../components/clipboard';
import { claimDocument } from '../startup/claim';

export interface DismissalStoreLike {
  load(site: string): Promise<Set<string>>;
  add(site: string, hash: string): Promise<void>;
  remove(site: string, hash: string): Promise<void>;
}

export interface CoachDeps {
  /** Send a draft for analysis (the background worker, in the extension). */
  analyze(draft: Draft): Promise<DraftReport>;
  /** Wait this long after the last keystroke before analysing. */
  debounceMs?: number;
  log?: (message: string, ...details: unknown[]) => void;
  /** Where dismissals are remembered (per site, hashes only); in memory when absent. */
  dismissals?: DismissalStoreLike;
  /** Put a rewrite on the clipboard when the editor refuses it; resolves whether it worked. */
  copy?: (text: string) => Promise<boolean>;
  /**
   * Load what live coaching needs before its first analysis (the settings). Called once, when the
   * first field is followed, never on page load; analysis waits for it.
   */
  prepare?: () => Promise<void>;
}

/** A finding placed on the field's current text. `key` names it in its report; `hash` is what a dismissal keeps. */
interface Placed {
  key: string;
  hash: string;
  finding: Finding;
  range?: Range;
}

interface FieldState {
  field: Field;
  timer: ReturnType<typeof setTimeout> | undefined;
  mirror?: TextareaMirror;
  badge?: BadgeView;
  /** The last report accepted for this field. */
  last?: DraftReport;
  /** The field's text that `placed` refers to. */
  text: string;
  placed: Placed[];
  visible: boolean;
  /** Analysis waits until the field is on screen. */
  pending: boolean;
}

function kindOf(field: Field): FieldKind {
  return isTextareaField(field) ? 'textarea' : 'contenteditable';
}

/** What the rest of the content script (settings, popup requests) can ask of live coaching. */
export interface Coach {
  /** Analyse every followed field again (settings changed). */
  refresh(): void;
  /** Turn live checking on or off for this page (the per-site switch); off clears every highlight. */
  setEnabled(enabled: boolean): void;
  /** Which dimensions are underlined live. */
  setLiveDimensions(dimensions: readonly Dimension[]): void;
  /** The report last drawn for the field written in most recently. */
  current(): DraftReport | null;
  /**
   * Scroll to a finding of the current report (`findingKey(finding)`, see `content/finding-key.ts`)
   * and open its card. Returns false when the finding is not on the page any more.
   */
  reveal(key: string): boolean;
}

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 500;

/**
 * Live coaching for a document: follow the field the user types in, analyse its text after a
 * pause, draw the findings, and offer a card per finding. Everything is undone when `signal` aborts.
 * It starts on demand (the first focus or input in a field, `content/bootstrap.ts`), so it begins by
 * following the field that has focus now. `claimed`: the caller has claimed the document already
 * (`content/claim.ts`); otherwise a document another coach has claimed is left alone.
 */
export function startCoach(doc: Document, deps: CoachDeps, signal: AbortSignal, options: { claimed?: boolean } = {}): Coach {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  let enabled = true;
  let live = new Set<Dimension>(DIMENSIONS);
  let lastField: Field | null = null;
  const noop: Coach = { refresh() {}, setEnabled() {}, setLiveDimensions() {}, current: () => null, reveal: () => false };
  if (!win) return noop;
  if (!options.claimed && !claimDocument(doc, signal)) return noop;
  const site = win.location.origin === 'null' ? win.location.href.split(/[?#]/)[0]! : win.location.origin;
  const debounceMs = deps.debounceMs ?? 400;
  const log = deps.log ?? (() => {});
  const api = highlightApi(win);
  const editable = api ? new EditableHighlighter(api) : null;
  const states = new Map<Field, FieldState>();
  const skipped = new WeakSet<Element>();
  // Built on first use: most pages never show a card, and start-up runs on every page.
  let lazyPopover: Popover | null = null;
  const popoverIfAny = (): Popover | null => lazyPopover;
  const popover = (): Popover => (lazyPopover ??= new Popover(doc));
  const copy =
    deps.copy ?? ((text: string) => copyText(text, doc, popoverIfAny()?.host.shadowRoot ?? doc.body));

  // Dismissals of this site, as hashes; loaded once, kept in step with the store.
  let dismissed = new Set<string>();
  // Settings and dismissals are loaded when the first field is followed, not on every page load
  // (storage is the dearest thing a content script can touch at start-up).
  let readyPromise: Promise<void> | null = null;
  const ready = (): Promise<void> =>
    (readyPromise ??= Promise.all([
      deps.prepare?.().catch((error: unknown) => log('could not prepare', error)),
      (deps.dismissals?.load(site) ?? Promise.resolve(new Set<string>())).then(
        (set) => {
          dismissed = set;
          for (const state of states.values()) rebuild(state);
        },
        (error: unknown) => log('could not load dismissals', error),
      ),
    ]).then(() => {}));

  /** The card currently open, and how it was opened (a hover card closes when the pointer leaves). */
  let card: { state: FieldState; key: string; hover: boolean; status?: string } | null = null;

  const visibleIO =
    typeof win.IntersectionObserver === 'function'
      ? new win.IntersectionObserver((entries) => {
          for (const entry of entries) {
            const state = states.get(entry.target as Field);
            if (!state) continue;
            state.visible = entry.isIntersecting;
            placeChrome(state);
            if (state.visible && state.pending) schedule(state.field, 0);
          }
        })
      : null;
  const resizeRO = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(() => onLayout()) : null;

  const snapshotOf = (field: Field): { text: string; snapshot: TextSnapshot | null } => {
    if (isTextareaField(field)) return { text: field.value, snapshot: null };
    const snapshot = readRoots(editableRoots(field));
    return { text: snapshot.text, snapshot };
  };

  /** The findings of the last report that are shown: live dimensions, not dismissed. */
  const fromReport = (report: DraftReport): Placed[] =>
    report.report.findings
      .filter((f) => live.has(f.dimension))
      .map((finding) => ({ key: findingKey(finding), hash: dismissalHash(report.text, finding), finding }))
      .filter((p) => !dismissed.has(p.hash));

  /** Re-derive what is shown from the last report, moved onto the field's current text. */
  const rebuild = (state: FieldState) => {
    if (!state.last) return;
    const { text, snapshot } = snapshotOf(state.field);
    state.placed = shiftFindings(state.last.text, text, fromReport(state.last));
    state.text = text;
    paint(state, snapshot);
  };

  const paint = (state: FieldState, snapshot: TextSnapshot | null) => {
    const { field } = state;
    if (!enabled || !state.last) return;
    if (isTextareaField(field)) {
      try {
        state.mirror ??= new TextareaMirror(field);
      } catch (error) {
        // The page broke the mirror (e.g. it defined <star-coach-mirror> itself): step aside.
        log('cannot draw on this page', error);
        return;
      }
      state.mirror.paint(state.text, state.placed);
    } else if (editable && snapshot) {
      const root = field.getRootNode();
      if (root !== doc && (root as ShadowRoot).host) adoptHighlightStyles(root as ShadowRoot);
      const drawn = new Map(editable.paint(field, snapshot, state.placed).map((d) => [d.key, d.range]));
      for (const p of state.placed) p.range = drawn.get(p.key);
    }
    updateBadge(state);
    if (card?.state === state) {
      if (state.placed.some((p) => p.key === card!.key)) openCard(state, card.key, card.hover, card.status);
      else closeCard();
    }
  };

  const updateBadge = (state: FieldState) => {
    if (!state.last) return;
    state.badge ??= new BadgeView(doc);
    state.badge.update({
      score: state.last.report.score,
      count: state.placed.length,
      truncated: Boolean(state.last.report.truncated),
      onOpen: () => openList(state),
    });
    placeChrome(state);
  };

  const placeChrome = (state: FieldState) => {
    state.mirror?.scheduleSync();
    state.badge?.place(state.visible && enabled ? state.field.getBoundingClientRect() : null);
  };

  const clear = (state: FieldState) => {
    state.mirror?.destroy();
    state.mirror = undefined;
    state.badge?.destroy();
    state.badge = undefined;
    editable?.clear(state.field);
    if (card?.state === state) closeCard();
  };

  const run = async (field: Field) => {
    await ready(); // the settings may turn this site off: nothing is analysed before they are known
    if (signal.aborted) return;
    const state = states.get(field);
    if (!state || !enabled) return;
    if (!state.visible) {
      state.pending = true;
      return;
    }
    state.pending = false;
    const { text } = snapshotOf(field);
    if (text.trim().length === 0) {
      state.last = undefined;
      state.placed = [];
      clear(state);
      return;
    }
    let result: DraftReport;
    try {
      result = await deps.analyze({ text, fieldKind: kindOf(field), site });
    } catch (error) {
      if (!signal.aborted) log('analysis failed', error);
      return;
    }
    if (signal.aborted) return;
    if (!field.isConnected) {
      // The field left the page while its report was in flight: leave nothing of ours behind.
      sweep();
      return;
    }
    if (!enabled) return;
    // A report for old text is never drawn on new text: the next report is on its way.
    const now = snapshotOf(field);
    if (now.text !== result.text) return;
    state.last = result;
    state.text = now.text;
    state.placed = fromReport(result);
    paint(state, now.snapshot);
  };

  const schedule = (field: Field, delay = debounceMs) => {
    const state = ensure(field);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void run(field), delay);
  };

  const ensure = (field: Field): FieldState => {
    let state = states.get(field);
    if (!state) {
      state = { field, timer: undefined, text: '', placed: [], visible: true, pending: false };
      states.set(field, state);
      void ready(); // start loading during the debounce
      visibleIO?.observe(field);
      resizeRO?.observe(field);
    }
    return state;
  };

  /** The field an event happened in, when it may be coached; logs once why a field is left alone. */
  const coachable = (target: EventTarget | null): Field | null => {
    const field = fieldFor(target);
    if (!field) return null;
    const reason = skipReason(field);
    if (reason) {
      if (!skipped.has(field)) log(`skipping field: ${reason}`, field);
      skipped.add(field);
      return null;
    }
    return field;
  };

  /** Forget fields the page removed (single-page apps replace their forms). */
  const sweep = () => {
    for (const [field, state] of states) {
      if (field.isConnected) continue;
      clearTimeout(state.timer);
      clear(state);
      visibleIO?.unobserve(field);
      resizeRO?.unobserve(field);
      states.delete(field);
      if (lastField === field) lastField = null;
    }
  };

  const onInput = (event: Event) => {
    if (!enabled) return;
    sweep();
    const field = coachable(event.composedPath()[0] ?? event.target);
    if (!field) return;
    lastField = field;
    const state = ensure(field);
    if (state.last) {
      // Until the next report: findings move with the edit, or go when their words changed.
      const { text, snapshot } = snapshotOf(field);
      state.placed = shiftFindings(state.text, text, state.placed);
      state.text = text;
      if (card?.state === state && !card.hover && !applying) closeCard();
      paint(state, snapshot);
    }
    schedule(field);
  };

  const onFocusIn = (event: Event) => follow(event.composedPath()[0] ?? event.target);

  /** Follow a field that has focus: analyse it at once when it holds text and has no report yet. */
  const follow = (target: EventTarget | null) => {
    if (!enabled) return;
    sweep();
    const field = coachable(target);
    if (!field) return;
    lastField = field;
    const state = ensure(field);
    if (!state.last && fieldText(field).trim().length > 0) schedule(field, 0);
  };

  const onLayout = () => {
    sweep();
    for (const state of states.values()) placeChrome(state);
    if (card && !card.hover) {
      const anchor = anchorOf(card.state, card.key);
      if (anchor) openCard(card.state, card.key, false, card.status);
    }
  };

  // ——— Cards ———

  const wordsOf = (state: FieldState, f: Finding) =>
    f.start !== undefined && f.end !== undefined ? state.text.slice(f.start, f.end) : undefined;

  const rectsOf = (state: FieldState, key: string): DOMRect[] => {
    if (state.mirror) return state.mirror.marks().filter((m) => m.dataset.key === key).flatMap((m) => [...m.getClientRects()]);
    const p = state.placed.find((x) => x.key === key);
    return p?.range ? [...p.range.getClientRects()] : [];
  };

  const anchorOf = (state: FieldState, key: string): DOMRect | null => {
    const rects = rectsOf(state, key);
    return rects[0] ?? state.badge?.anchor() ?? null;
  };

  function openCard(state: FieldState, key: string, hover: boolean, status?: string) {
    const p = state.placed.find((x) => x.key === key);
    const anchor = p && anchorOf(state, key);
    if (!p || !anchor) return;
    card = { state, key, hover, status };
    const f = p.finding;
    const replaces = f.suggestion?.replaces;
    popover().show(
      h(Card, {
        finding: f,
        words: wordsOf(state, f),
        status,
        onApply: replaces ? () => void apply(state, p) : undefined,
        onCopy: f.suggestion
          ? () => void copy(f.suggestion!.text).then((ok) => openCard(state, key, false, ok ? 'Copied the rewrite.' : 'Could not copy the rewrite.'))
          : undefined,
        onDismiss: () => void dismiss(state, p),
        onClose: closeCard,
      }),
      anchor,
    );
  }

  function closeCard() {
    card = null;
    popoverIfAny()?.hide();
  }

  const openList = (state: FieldState) => {
    if (!state.last) return;
    const report = state.last;
    const dismissedHere = report.report.findings
      .filter((f) => live.has(f.dimension))
      .map((finding) => ({ key: findingKey(finding), hash: dismissalHash(report.text, finding), finding, words: wordsOf({ ...state, text: report.text }, finding) }))
      .filter((p) => dismissed.has(p.hash));
    card = null;
    popover().show(
      h(FindingList, {
        score: report.report.score,
        truncated: report.report.truncated,
        items: state.placed.map((p) => ({ key: p.key, finding: p.finding, words: wordsOf(state, p.finding) })),
        dismissed: dismissedHere,
        onSelect: (key: string) => {
          if (!revealIn(state, key)) closeCard();
        },
        onRestore: (hash: string) => void restore(state, hash),
        onClose: closeCard,
      }),
      state.badge?.anchor() ?? state.field.getBoundingClientRect(),
    );
  };

  let applying = false;
  const apply = async (state: FieldState, p: Placed) => {
    const replaces = p.finding.suggestion?.replaces;
    if (!replaces || !p.finding.suggestion || applying) return;
    applying = true;
    let outcome;
    try {
      outcome = await applyReplacement(state.field, { ...replaces, text: p.finding.suggestion.text }, copy);
    } finally {
      applying = false;
    }
    if (outcome === 'applied') {
      closeCard();
      return;
    }
    // The editor kept (or put back) its text: show the findings for what is really there, and say what happened.
    rebuild(state);
    const status = outcome === 'copied'
      ? 'This editor did not accept the change, so the rewrite is on your clipboard: paste it over the underlined sentence.'
      : 'This editor did not accept the change. Select the sentence and type the rewrite.';
    const again = state.placed.find((x) => x.finding.id === p.finding.id && x.finding.suggestion?.text === p.finding.suggestion?.text);
    if (again) openCard(state, again.key, false, status);
  };

  const dismiss = async (state: FieldState, p: Placed) => {
    dismissed.add(p.hash);
    closeCard();
    rebuild(state);
    await deps.dismissals?.add(site, p.hash).catch((error: unknown) => log('could not save dismissal', error));
  };

  const restore = async (state: FieldState, hash: string) => {
    dismissed.delete(hash);
    rebuild(state);
    openList(state);
    await deps.dismissals?.remove(site, hash).catch((error: unknown) => log('could not save dismissal', error));
  };

  /** Bring a finding's words into view and open its card (the badge's card for a finding without words). */
  const revealIn = (state: FieldState, key: string): boolean => {
    const p = state.placed.find((x) => x.key === key);
    if (!p) return false;
    const { field } = state;
    if (state.mirror) {
      const mark = state.mirror.marks().find((m) => m.dataset.key === key);
      if (mark) {
        field.scrollIntoView({ block: 'nearest' });
        const top = mark.offsetTop - (field as HTMLTextAreaElement).clientHeight / 3;
        if (mark.offsetTop < field.scrollTop || mark.offsetTop + mark.offsetHeight > field.scrollTop + field.clientHeight) field.scrollTop = Math.max(0, top);
        state.mirror.sync();
      }
    } else if (p.range) {
      const el = p.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'nearest' });
    } else {
      field.scrollIntoView({ block: 'nearest' });
    }
    placeChrome(state);
    openCard(state, key, false);
    return card?.key === key;
  };

  /** Alt+Shift+. and Alt+Shift+, step through the underlined findings of the focused field. */
  const step = (state: FieldState, direction: 1 | -1) => {
    const spans = state.placed.filter((p) => p.finding.start !== undefined).sort((a, b) => a.finding.start! - b.finding.start!);
    const all = spans.length > 0 ? spans : state.placed;
    if (all.length === 0) return;
    const at = card?.state === state ? all.findIndex((p) => p.key === card!.key) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : all.length - 1) : (at + direction + all.length) % all.length;
    revealIn(state, all[next]!.key);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!enabled) return;
    if (event.key === 'Escape' && card) {
      closeCard();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const field = fieldFor(event.composedPath()[0] ?? event.target);
    const state = field ? states.get(field) : undefined;
    if (!state?.last) return;
    if (event.code === 'Period' || event.code === 'Comma') {
      event.preventDefault();
      event.stopPropagation();
      step(state, event.code === 'Period' ? 1 : -1);
    } else if (event.code === 'Enter' && card?.state === state) {
      event.preventDefault();
      event.stopPropagation();
      const p = state.placed.find((x) => x.key === card!.key);
      if (p) void apply(state, p);
    }
  };

  // ——— Pointer: hover or click on a highlight opens its card ———

  const hitTest = (x: number, y: number): { state: FieldState; key: string } | null => {
    for (const state of states.values()) {
      if (!state.visible || state.placed.length === 0) continue;
      const inside = (r: DOMRect) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2;
      // Words scrolled out of the field are not under the pointer, whatever their boxes say.
      if (!inside(state.field.getBoundingClientRect())) continue;
      if (state.mirror) {
        for (const m of state.mirror.marks()) if ([...m.getClientRects()].some(inside)) return { state, key: m.dataset.key! };
      } else {
        for (const p of state.placed) if (p.range && [...p.range.getClientRects()].some(inside)) return { state, key: p.key };
      }
    }
    return null;
  };

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  const onPointerMove = (event: PointerEvent) => {
    pointer = { x: event.clientX, y: event.clientY };
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!pointer) return;
      if (popoverIfAny()?.contains(pointer.x, pointer.y)) {
        clearTimeout(hoverTimer);
        return;
      }
      const hit = hitTest(pointer.x, pointer.y);
      clearTimeout(hoverTimer);
      if (hit) {
        if (card?.key === hit.key && card.state === hit.state) return;
        hoverTimer = setTimeout(() => openCard(hit.state, hit.key, true), HOVER_OPEN_MS);
      } else if (card?.hover) {
        hoverTimer = setTimeout(() => {
          if (card?.hover) closeCard();
        }, HOVER_CLOSE_MS);
      }
    });
  };

  const onClick = (event: MouseEvent) => {
    const pop = popoverIfAny();
    if (pop && event.composedPath().includes(pop.host)) return;
    const hit = hitTest(event.clientX, event.clientY);
    if (hit) openCard(hit.state, hit.key, false);
    else if (card || popoverIfAny()?.isOpen) closeCard();
  };

  /** Coaches this one started for frames without their own script. */
  const children: Coach[] = [];

  /** Focus is in a same-origin frame that has no coach of its own: coach it from here. */
  const adoptFrame = () => {
    const frame = doc.activeElement;
    if (!frame || (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME')) return;
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      return; // cross-origin: the extension's own script runs there
    }
    if (inner && claimDocument(inner, signal)) {
      log('coaching a frame without its own script', frame);
      children.push(startCoach(inner, deps, signal, { claimed: true }));
    }
  };
  const onWindowBlur = () => setTimeout(adoptFrame, 0);

  doc.addEventListener('input', onInput, { capture: true, signal });
  win.addEventListener('blur', onWindowBlur, { signal });
  doc.addEventListener('focusin', onFocusIn, { capture: true, signal });
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true, signal });
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('scroll', onLayout, { capture: true, passive: true, signal });
  win.addEventListener('resize', onLayout, { passive: true, signal });
  doc.fonts?.addEventListener?.('loadingdone', onLayout, { signal });
  // Started by the first focus or input in a field (or into a frame): follow what has focus now.
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active && (active.tagName === 'IFRAME' || active.tagName === 'FRAME')) adoptFrame();
  else if (active && active !== doc.body) follow(active);
  signal.addEventListener('abort', () => {
    for (const state of states.values()) {
      clearTimeout(state.timer);
      clear(state);
    }
    states.clear();
    clearTimeout(hoverTimer);
    visibleIO?.disconnect();
    resizeRO?.disconnect();
    popoverIfAny()?.destroy();
  });

  return {
    refresh() {
      if (!enabled) return;
      for (const field of states.keys()) if (field.isConnected) schedule(field, 0);
    },
    setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      if (!on) for (const state of states.values()) clear(state);
      else this.refresh();
    },
    setLiveDimensions(dimensions) {
      live = new Set(dimensions);
      for (const state of states.values()) if (state.last) rebuild(state);
    },
    current: () => (lastField ? (states.get(lastField)?.last ?? null) : null) ?? children.map((c) => c.current()).find(Boolean) ?? null,
    reveal(key) {
      const ordered = [...(lastField && states.get(lastField) ? [states.get(lastField)!] : []), ...states.values()];
      return (
        ordered.some((state) => state.placed.some((p) => p.key === key) && revealIn(state, key)) ||
        children.some((child) => child.reveal(key))
      );
    },
  };
}

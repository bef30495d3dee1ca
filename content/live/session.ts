import type { DraftReport } from '../../platform/protocol';
import { findingKey } from '../../platform/protocol';
import { DIMENSIONS, type Dimension } from '../../lib/types';
import type { PickerOption } from '../../components/QuestionPicker';
import { copyText } from '../../components/clipboard';
import { dismissalHash } from './dismissal-hash';
import { shiftFindings } from './edits';
import { CardLayer, wordsIn, type Shown } from './card-layer';
import { visibleBox } from './frames';
import type { FieldState, Session, SessionDeps } from './session-api';
import type { Placed } from './surfaces/surface';

export type { Coach, DismissalStoreLike, FieldState, Session, SessionDeps, Target } from './session-api';

const MISSES_BEFORE_BACKOFF = 3;

/**
 * The pause after the last edit before a field is analysed: short, so the underlines follow the
 * writer within a quarter of a second (the worker drops superseded drafts, so a fast typist costs
 * no queue), and longer than the gap between keys of a burst of typing.
 */
export const DEBOUNCE_MS = 150;

const APPLY_STATUS = {
  copied: 'The editor did not take the change. The rewrite is on your clipboard: select the underlined words and paste it over them.',
  failed: 'The editor did not take the change, and the clipboard is unavailable: select the underlined words and type the rewrite.',
  stale: 'The text changed since it was checked. Checking again…',
} as const;

/**
 * The site a page's dismissals belong to: its origin. A `srcdoc` frame (TinyMCE's) has the URL
 * `about:srcdoc`, whose `location.origin` is "null", but the origin of the page that wrote it
 * (`window.origin`), which is what the browser reports for it; an opaque origin keeps its address.
 */
export function siteOf(view: Pick<Window, 'location' | 'origin'>): string {
  if (view.location.origin !== 'null') return view.location.origin;
  if (view.origin && view.origin !== 'null') return view.origin;
  return view.location.href.split(/[?#]/)[0]!;
}

/**
 * Live coaching for a page: for every field it follows, read the text after a pause, analyse it,
 * and draw the findings on the field's surface; one card, one list, one set of keys and one set
 * of dismissals for all of them. Everything is undone when `signal` aborts.
 */
export function startSession(page: Document, deps: SessionDeps, signal: AbortSignal): Session {
  const view = page.defaultView as Window & typeof globalThis;
  const site = siteOf(view);
  const debounceMs = deps.debounceMs ?? DEBOUNCE_MS;
  const log = deps.log ?? (() => {});
  const fromUser = deps.fromUser ?? ((event: Event) => event.isTrusted);
  let enabled = true;
  let live = new Set<Dimension>(DIMENSIONS);
  // Finding kinds the user stopped flagging on this site (settings, or the card's action just now).
  let muted = new Set<string>();
  const states = new Map<Element, FieldState>();
  let lastState: FieldState | null = null;
  let applying: FieldState | null = null;

  const cards: CardLayer = new CardLayer(page, signal, {
    states: () => states.values(),
    enabled: () => enabled,
    isApplying: () => applying !== null,
    apply: (state, p) => void apply(state, p),
    dismiss: (state, p) => void dismiss(state, p),
    restore: (state, hash) => void restore(state, hash),
    mute: deps.muteKind ? (state, p) => void mute(state, p.finding.id) : undefined,
    unmute: (kind) => void unmute(kind),
    latest: () => lastState,
    dismissedOf: (state) => dismissedOf(state),
    placeChrome: (state) => placeChrome(state),
    copy: (text: string): Promise<boolean> => copy(text),
    fromUser: (event: Event) => fromUser(event),
    questionOptions: () => questionOptions,
    chooseQuestion: (state, id) => void chooseQuestion(state, id),
  });
  let questionOptions: readonly PickerOption[] = [];
  const copy: (text: string) => Promise<boolean> = deps.copy ?? ((text: string) => copyText(text, page, cards.ownRoot() ?? page.body));

  // Dismissals of this site, as hashes; loaded once, kept in step with the store.
  let dismissed = new Set<string>();
  // Settings and dismissals are loaded when the first field is followed, not on every page load
  // (storage is the dearest thing a content script can touch at start-up).
  let readyPromise: Promise<void> | null = null;
  const ready = (): Promise<void> =>
    (readyPromise ??= Promise.all([
      deps.prepare?.().catch((error: unknown) => log('could not prepare', error)),
      deps.questions?.().then(
        (list) => void (questionOptions = list),
        (error: unknown) => log('could not load the questions', error),
      ),
      (deps.dismissals?.load(site) ?? Promise.resolve(new Set<string>())).then(
        (set) => {
          if (signal.aborted) return;
          dismissed = set;
          for (const state of states.values()) rebuild(state);
        },
        (error: unknown) => log('could not load dismissals', error),
      ),
    ]).then(() => {}));

  const visibleIO =
    typeof view.IntersectionObserver === 'function'
      ? new view.IntersectionObserver((entries) => {
          for (const entry of entries) {
            const state = states.get(entry.target);
            if (!state) continue;
            state.visible = entry.isIntersecting;
            placeChrome(state);
            if (state.visible && state.pending) schedule(state, 0);
          }
        })
      : null;
  const resizeRO = typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(() => layout()) : null;

  const placeAll = (report: DraftReport): Placed[] =>
    report.report.findings
      .filter((f) => live.has(f.dimension) && !muted.has(f.id))
      .map((finding) => ({ key: findingKey(finding), hash: dismissalHash(report.text, finding), finding }));
  /** The findings of a report that are shown: live dimensions, not dismissed. */
  const fromReport = (report: DraftReport): Placed[] => placeAll(report).filter((p) => !dismissed.has(p.hash));
  const dismissedOf = (state: FieldState): Shown[] =>
    state.last ? placeAll(state.last).filter((p) => dismissed.has(p.hash)).map((p) => ({ ...p, words: wordsIn(state.last!.text, p.finding) })) : [];

  /** Re-derive what is shown from the last report, moved onto the field's current text. */
  const rebuild = (state: FieldState) => {
    if (!state.last) return;
    const now = state.target.source.readNow?.() ?? state.snapshot;
    if (!now) return;
    state.placed = shiftFindings(state.last.text, now.text, fromReport(state.last));
    state.snapshot = now;
    paint(state);
  };

  const paint = (state: FieldState) => {
    if (!enabled || !state.last || !state.snapshot) return;
    try {
      state.target.surface.paint(state.snapshot, state.placed);
    } catch (error) {
      log('cannot draw on this page', error);
      return;
    }
    cards.updateBadge(state);
    placeChrome(state);
    cards.repaint(state);
  };

  const placeChrome = (state: FieldState) => {
    state.target.surface.place();
    cards.placeBadge(state, state.visible && enabled ? visibleBox(state.target.source.element) : null);
  };

  const clear = (state: FieldState) => {
    state.target.surface.clear();
    cards.forget(state);
  };

  const run = async (state: FieldState) => {
    state.timer = undefined;
    await ready(); // the settings may turn this site off: nothing is analysed before they are known
    const { source } = state.target;
    if (signal.aborted || !enabled || states.get(source.element) !== state) return;
    if (!state.visible) {
      state.pending = true;
      return;
    }
    state.pending = false;
    if (applying === state) return schedule(state); // look again after the Apply
    const seq = ++state.seq;
    const snapshot = await source.read();
    if (seq !== state.seq || signal.aborted || !enabled) return;
    state.misses = snapshot ? 0 : state.misses + 1;
    if (!snapshot || snapshot.text.trim().length === 0) {
      state.last = undefined;
      state.placed = [];
      clear(state);
      return;
    }
    const question = source.question?.(snapshot);
    const sameQuestion = question?.text === state.question?.text && question?.key === state.question?.key;
    state.question = question;
    if (state.last && !state.stale && sameQuestion && state.last.text === snapshot.text) {
      // The text analysed is unchanged (Docs: the caret moved, or text changed elsewhere): only offsets may have moved.
      state.snapshot = snapshot;
      return rebuild(state);
    }
    let result: DraftReport;
    try {
      result = await deps.analyze({ text: snapshot.text, fieldKind: source.kind, site, ...(question ? { question } : {}) });
    } catch (error) {
      if (!signal.aborted) log('analysis failed', error);
      return;
    }
    if (seq !== state.seq || signal.aborted) return;
    if (!source.element.isConnected) {
      // The field left the page while its report was in flight: leave nothing of ours behind.
      sweep();
      return;
    }
    if (!enabled) return;
    // A report for old text is never drawn on new text: the next report is on its way (or asked for).
    const now = await source.read();
    if (seq !== state.seq || signal.aborted || !enabled) return;
    if (now?.text !== result.text) {
      if (state.timer === undefined) schedule(state);
      return;
    }
    state.last = result;
    state.stale = false;
    state.snapshot = now;
    state.placed = fromReport(result);
    paint(state);
    if (state.afterApply !== undefined) openPlaceholderCard(state, state.afterApply);
  };

  /** After Apply put placeholders in: the card of the first one (selected by Apply) says how many are left. */
  const openPlaceholderCard = (state: FieldState, from: number) => {
    state.afterApply = undefined;
    const holes = state.placed.filter((p) => p.finding.id === 'unfilled-placeholder' && p.finding.start !== undefined);
    const first = holes.find((p) => p.finding.start! >= from) ?? holes[0];
    if (first) cards.open(state, first.key, false);
  };

  /**
   * Analyse the field again at once, whatever its text: the settings, the question or the editor
   * changed. A report already on its way was asked for before that change: it is not drawn, and it
   * does not stand for the new analysis (it would have marked the field up to date).
   */
  const analyseAgain = (state: FieldState) => {
    state.stale = true;
    state.seq++;
    schedule(state, 0);
  };

  const schedule = (state: FieldState, delay = state.misses >= MISSES_BEFORE_BACKOFF ? debounceMs * 10 : debounceMs) => {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void run(state), delay);
  };

  /** Forget fields the page removed (single-page apps replace their forms). */
  const sweep = () => {
    for (const [element, state] of states) {
      if (element.isConnected) continue;
      clearTimeout(state.timer);
      clear(state);
      visibleIO?.unobserve(element);
      resizeRO?.unobserve(element);
      states.delete(element);
      if (lastState === state) lastState = null;
    }
  };

  const layout = () => {
    sweep();
    for (const state of states.values()) placeChrome(state);
    cards.follow();
  };

  const changed = (state: FieldState, analyse = true) => {
    if (state.last) {
      // Until the next report: findings move with the edit, or go when their words changed.
      const now = state.target.source.readNow?.();
      if (now && state.snapshot) {
        state.placed = shiftFindings(state.snapshot.text, now.text, state.placed);
        state.snapshot = now;
        if (!applying) cards.closeIfPinnedTo(state);
        paint(state);
      }
    }
    if (analyse) schedule(state);
  };

  // ——— Apply, Dismiss, Restore ———

  const apply = async (state: FieldState, p: Placed) => {
    const suggestion = p.finding.suggestion;
    if (!suggestion?.replaces || applying) return;
    applying = state;
    let outcome;
    try {
      outcome = await state.target.source.apply({ ...suggestion.replaces, text: suggestion.text }, copy);
    } finally {
      applying = null;
    }
    if (signal.aborted) return;
    if (outcome === 'applied') {
      cards.close();
      if (/\[[^\]\n]+\]/.test(suggestion.text)) state.afterApply = suggestion.replaces.start;
      schedule(state, 0);
      return;
    }
    if (outcome === 'stale') {
      cards.open(state, p.key, false, APPLY_STATUS.stale);
      analyseAgain(state);
      return;
    }
    // The editor kept (or put back) its text: show the findings for what is really there, and say what happened.
    rebuild(state);
    const again = state.placed.find((x) => x.finding.id === p.finding.id && x.finding.suggestion?.text === suggestion.text);
    if (again) cards.open(state, again.key, false, APPLY_STATUS[outcome]);
  };

  /** The user picked the question for this field: remember it for the field's key, then analyse again at once. */
  const chooseQuestion = async (state: FieldState, id: string | null) => {
    const key = state.question?.key;
    if (!key) return;
    try {
      await deps.chooseQuestion?.(key, id);
    } catch (error) {
      log('could not save the question', error);
    }
    if (signal.aborted) return;
    analyseAgain(state);
  };

  const dismiss = async (state: FieldState, p: Placed) => {
    dismissed.add(p.hash);
    cards.showUndo(state, p.hash);
    rebuild(state);
    await deps.dismissals?.add(site, p.hash).catch((error: unknown) => log('could not save dismissal', error));
  };

  const restore = async (state: FieldState, hash: string) => {
    dismissed.delete(hash);
    rebuild(state);
    cards.restored(state);
    await deps.dismissals?.remove(site, hash).catch((error: unknown) => log('could not save dismissal', error));
  };

  /** "Stop flagging this kind here": gone at once from every field, then kept by the worker. */
  const mute = async (state: FieldState, kind: string) => {
    muted.add(kind);
    for (const s of states.values()) rebuild(s);
    cards.showMuted(state, kind);
    await deps.muteKind?.(site, kind, true).catch((error: unknown) => log('could not stop flagging this kind', error));
  };

  const unmute = async (kind: string) => {
    muted.delete(kind);
    await deps.muteKind?.(site, kind, false).catch((error: unknown) => log('could not flag this kind again', error));
    refreshAll(); // the worker left the kind out of the last reports
  };

  const refreshAll = () => {
    if (!enabled) return;
    for (const state of states.values()) {
      if (!state.target.source.element.isConnected) continue;
      analyseAgain(state);
    }
  };

  page.addEventListener('scroll', layout, { capture: true, passive: true, signal });
  view.addEventListener('resize', layout, { passive: true, signal });
  page.fonts?.addEventListener?.('loadingdone', layout, { signal });
  signal.addEventListener('abort', () => {
    for (const state of states.values()) {
      clearTimeout(state.timer);
      clear(state);
    }
    states.clear();
    visibleIO?.disconnect();
    resizeRO?.disconnect();
  });

  const stateAt = (element: Element) => states.get(element);

  return {
    follow(element, create, options = {}) {
      if (!enabled || signal.aborted) return;
      sweep();
      let state = states.get(element);
      if (!state) {
        state = { target: create(), timer: undefined, stale: false, snapshot: null, placed: [], visible: true, pending: false, misses: 0, seq: 0 };
        states.set(element, state);
        void ready(); // start loading during the debounce
        visibleIO?.observe(element);
        resizeRO?.observe(element);
      }
      lastState = state;
      if (options.analyseNow && !state.last) schedule(state, 0);
    },
    changed(element, options = {}) {
      const state = stateAt(element);
      if (!state || !enabled) return;
      const analyse = options.analyse ?? true;
      if (analyse) lastState = state;
      changed(state, analyse);
    },
    follows: (element) => states.has(element),
    layout,
    hearKeysIn: (document) => cards.hearKeysIn(document),
    refresh: refreshAll,
    setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      if (!on) {
        // Off on this site: nothing drawn and no report kept; switched on again, every field is analysed anew.
        for (const state of states.values()) {
          state.seq++; // drop any analysis in flight
          state.last = undefined;
          state.placed = [];
          clear(state);
        }
      } else this.refresh();
    },
    setLiveDimensions(dimensions) {
      live = new Set(dimensions);
      for (const state of states.values()) if (state.last) rebuild(state);
    },
    setMutedKinds(bySite) {
      const next = new Set(bySite[site] ?? []);
      const flaggedAgain = [...muted].some((kind) => !next.has(kind));
      if (next.size === muted.size && !flaggedAgain) return;
      muted = next;
      for (const state of states.values()) if (state.last) rebuild(state);
      if (flaggedAgain) refreshAll(); // the worker left those kinds out of the last reports
    },
    current: () => lastState?.last ?? null,
    reveal(key) {
      const ordered = [...(lastState ? [lastState] : []), ...states.values()];
      return ordered.some((state) => state.placed.some((p) => p.key === key) && cards.reveal(state, key));
    },
  };
}

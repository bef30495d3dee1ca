import { claimDocument } from '../startup/claim';
import { watchGestures } from '../startup/gesture';
import { fieldFor, isTextareaField, skipReason, type Field } from '../startup/fields';
import { fieldText } from './sources/apply-edit';
import { editableSource } from './sources/editable';
import { textareaSource } from './sources/textarea';
import { startSession, type Coach, type SessionDeps, type Target } from './session';
import type { Surface } from './surfaces/surface';
import { EditableHighlighter, highlightApi, highlightSurface } from './surfaces/highlights';
import { mirrorSurface } from './surfaces/mirror';

export type { Coach, DismissalStoreLike } from './session';
export type CoachDeps = SessionDeps;

const UNDRAWN: Surface = { paint() {}, hit: () => null, rects: () => [], reveal() {}, place() {}, clear() {} };

/**
 * Live coaching for the fields of a page (textareas, contenteditable editors, block editors'
 * pages, open shadow roots, frames without a script of their own): follow the field the user
 * types in and drive it through a session (`session.ts`), a textarea on a mirror, a
 * contenteditable with CSS highlights. It starts on demand (the first focus or input in a field,
 * `content/startup/bootstrap.ts`), so it begins by following the field that has focus now.
 * `claimed`: the caller has claimed the page already (`content/startup/claim.ts`); otherwise a
 * page another coach has claimed is left alone. Everything is undone when `signal` aborts.
 */
export function startCoach(page: Document, deps: CoachDeps, signal: AbortSignal, options: { claimed?: boolean } = {}): Coach {
  const view = page.defaultView;
  const noop: Coach = { refresh() {}, setEnabled() {}, setLiveDimensions() {}, setMutedKinds() {}, current: () => null, reveal: () => false };
  if (!view) return noop;
  if (!options.claimed && !claimDocument(page, signal)) return noop;
  const log = deps.log ?? (() => {});
  const session = startSession(page, deps, signal);
  const api = highlightApi(view as Window & typeof globalThis);
  const highlighter = api ? new EditableHighlighter(api) : null;
  const skipped = new WeakSet<Element>();
  let enabled = true;

  const targetFor = (field: Field): Target => {
    if (isTextareaField(field)) return { source: textareaSource(field), surface: mirrorSurface(field) };
    // Without the highlight API there is nothing to draw with; the field is still coached (badge, popup).
    return { source: editableSource(field), surface: highlighter ? highlightSurface(field, highlighter) : UNDRAWN };
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

  /** Follow the field an event happened in; on focus, analyse it at once when it holds text. */
  const follow = (target: EventTarget | null, focused: boolean): Field | null => {
    if (!enabled) return null;
    const field = coachable(target);
    if (!field) return null;
    session.follow(field, () => targetFor(field), { analyseNow: focused && fieldText(field).trim().length > 0 });
    return field;
  };

  // Only the user starts or extends coaching (`content/startup/gesture.ts`).
  const gestures = deps.gestures ?? watchGestures(page, signal);
  const fromUser = deps.fromUser ?? gestures.fromUser;

  const onInput = (event: Event) => {
    const target = event.composedPath()[0] ?? event.target;
    if (!fromUser(event)) {
      // The page's own script changed the text: underlines already drawn move with it (or go),
      // but nothing is analysed and no field starts being coached.
      const field = fieldFor(target);
      if (field && session.follows(field)) session.changed(field, { analyse: false });
      return;
    }
    const field = follow(target, false);
    if (field) session.changed(field);
  };

  /** Coaches this one started for frames without their own script. */
  const children: Coach[] = [];

  /** Focus is in a same-origin frame that has no coach of its own: coach it from here. */
  const adoptFrame = () => {
    const frame = page.activeElement;
    if (!frame || (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME')) return;
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      return; // cross-origin: the extension's own script runs there
    }
    if (inner && claimDocument(inner, signal)) {
      log('coaching a frame without its own script', frame);
      // The frame's own presses and typing are heard in its own document.
      children.push(startCoach(inner, { ...deps, gestures: undefined }, signal, { claimed: true }));
    }
  };

  page.addEventListener('input', onInput, { capture: true, signal });
  page.addEventListener(
    'focusin',
    (event) => {
      if (fromUser(event)) follow(event.composedPath()[0] ?? event.target, true);
    },
    { capture: true, signal },
  );
  view.addEventListener('blur', () => setTimeout(adoptFrame, 0), { signal });
  // Started by the first focus or input in a field (or into a frame): follow what has focus now.
  let active = page.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active && (active.tagName === 'IFRAME' || active.tagName === 'FRAME')) adoptFrame();
  // Only where the user typed or pressed: a page focusing a field it filled itself starts nothing.
  else if (active && active !== page.body && (deps.fromUser || gestures.lastIn(active))) follow(active, true);

  return {
    refresh: () => session.refresh(),
    setEnabled(on) {
      enabled = on;
      session.setEnabled(on);
    },
    setLiveDimensions: (dimensions) => session.setLiveDimensions(dimensions),
    setMutedKinds(bySite) {
      session.setMutedKinds(bySite);
      for (const child of children) child.setMutedKinds(bySite);
    },
    current: () => session.current() ?? children.map((c) => c.current()).find(Boolean) ?? null,
    reveal: (key) => session.reveal(key) || children.some((child) => child.reveal(key)),
  };
}


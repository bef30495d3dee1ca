import type { Draft, DraftReport, FieldKind } from '../lib/messaging';
import { DIMENSIONS, type Dimension } from '../lib/types';
import { fieldFor, skipReason, type Field } from './fields';
import { EditableHighlighter, highlightApi, TextareaMirror } from './highlights';
import { readEditable } from './text-model';

export interface CoachDeps {
  /** Send a draft for analysis (the background worker, in the extension). */
  analyze(draft: Draft): Promise<DraftReport>;
  /** Wait this long after the last keystroke before analysing. */
  debounceMs?: number;
  log?: (message: string, ...details: unknown[]) => void;
}

interface FieldState {
  timer: ReturnType<typeof setTimeout> | undefined;
  mirror?: TextareaMirror;
  /** The last report drawn, and the text it was made for. */
  last?: DraftReport;
}

function kindOf(field: Field): FieldKind {
  return field instanceof HTMLTextAreaElement ? 'textarea' : 'contenteditable';
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
}

/**
 * Live coaching for a document: follow the field the user types in, analyse its text after a
 * pause, and draw the findings. Everything is undone when `signal` aborts.
 */
export function startCoach(doc: Document, deps: CoachDeps, signal: AbortSignal): Coach {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  let enabled = true;
  let live = new Set<Dimension>(DIMENSIONS);
  let lastField: Field | null = null;
  const noop: Coach = { refresh() {}, setEnabled() {}, setLiveDimensions() {}, current: () => null };
  if (!win) return noop;
  const debounceMs = deps.debounceMs ?? 400;
  const log = deps.log ?? (() => {});
  const api = highlightApi(win);
  const editable = api ? new EditableHighlighter(api) : null;
  const states = new Map<Field, FieldState>();

  const textOf = (field: Field) =>
    field instanceof HTMLTextAreaElement ? { text: field.value, snapshot: null } : (() => {
      const snapshot = readEditable(field);
      return { text: snapshot.text, snapshot };
    })();

  const run = async (field: Field) => {
    const { text } = textOf(field);
    const state = states.get(field);
    if (!state) return;
    if (text.trim().length === 0) {
      clear(field);
      return;
    }
    let result: DraftReport;
    try {
      result = await deps.analyze({ text, fieldKind: kindOf(field), site: win.location.origin });
    } catch (error) {
      if (!signal.aborted) log('analysis failed', error);
      return;
    }
    if (signal.aborted) return;
    if (!field.isConnected) {
      // The field left the page while its report was in flight: leave nothing of ours behind.
      clear(field);
      states.delete(field);
      return;
    }
    // A report for old text is never drawn on new text: the next report is on its way.
    const now = textOf(field);
    if (now.text !== result.text || !enabled) return;
    state.last = result;
    lastField = field;
    draw(field, state, now.snapshot);
  };

  const draw = (field: Field, state: FieldState, snapshot: ReturnType<typeof textOf>['snapshot']) => {
    if (!state.last) return;
    const findings = state.last.report.findings.filter((f) => live.has(f.dimension));
    if (field instanceof HTMLTextAreaElement) {
      try {
        state.mirror ??= new TextareaMirror(field);
      } catch (error) {
        // The page broke the mirror (e.g. it defined <star-coach-mirror> itself): step aside.
        log('cannot draw on this page', error);
        return;
      }
      state.mirror.paint(state.last.text, findings);
    } else if (editable && snapshot) {
      editable.paint(field, snapshot, findings);
    }
  };

  const clear = (field: Field) => {
    const state = states.get(field);
    if (!state) return;
    state.mirror?.destroy();
    state.mirror = undefined;
    editable?.clear(field);
  };

  const schedule = (field: Field) => {
    let state = states.get(field);
    if (!state) {
      state = { timer: undefined };
      states.set(field, state);
    }
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void run(field), debounceMs);
  };

  const onInput = (event: Event) => {
    if (!enabled) return;
    const field = fieldFor(event.composedPath()[0] ?? event.target);
    if (!field) return;
    const reason = skipReason(field);
    if (reason) {
      log(`skipping field: ${reason}`, field);
      return;
    }
    schedule(field);
  };

  const onLayout = () => {
    for (const state of states.values()) state.mirror?.scheduleSync();
  };

  doc.addEventListener('input', onInput, { capture: true, signal });
  doc.addEventListener('scroll', onLayout, { capture: true, passive: true, signal });
  win.addEventListener('resize', onLayout, { passive: true, signal });
  signal.addEventListener('abort', () => {
    for (const [field, state] of states) {
      clearTimeout(state.timer);
      clear(field);
    }
    states.clear();
  });

  return {
    refresh() {
      if (!enabled) return;
      for (const field of states.keys()) if (field.isConnected) schedule(field);
    },
    setEnabled(on) {
      enabled = on;
      if (!on) for (const field of states.keys()) clear(field);
      else this.refresh();
    },
    setLiveDimensions(dimensions) {
      live = new Set(dimensions);
      for (const [field, state] of states) {
        if (state.last && textOf(field).text === state.last.text) draw(field, state, textOf(field).snapshot);
      }
    },
    current: () => (lastField ? (states.get(lastField)?.last ?? null) : null),
  };
}

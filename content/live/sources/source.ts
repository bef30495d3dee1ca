import type { FieldKind } from '../../../platform/protocol';
import type { Snapshot } from '../surfaces/surface';
import type { FieldQuestion } from '../field-question';

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * How an Apply ended: the editor took the rewrite; it refused and the rewrite was copied instead
 * (or could not be); or the text changed since it was analysed, so nothing was done.
 */
export type ApplyOutcome = 'applied' | 'copied' | 'failed' | 'stale';

/**
 * One kind of field as live coaching reads and edits it: a textarea, a contenteditable (or a
 * block editor's page of them), Google Docs through its hook. Offsets are UTF-16 indices into
 * `read().text`, the text analysed.
 */
export interface Source<S extends Snapshot = Snapshot> {
  readonly kind: FieldKind;
  /** The element the field occupies: the badge follows its box, and analysis waits until it is on screen. */
  readonly element: Element;
  /** The text now, or null when it cannot be read. */
  read(): Promise<S | null>;
  /** The text now, for fields that can be read without waiting: their findings move with each edit. */
  readNow?(): S;
  /** Replace `[start, end)` through the editor, as typing would (its undo reverts it); copy the rewrite when it refuses. */
  apply(edit: Replacement, copy: (text: string) => Promise<boolean>): Promise<ApplyOutcome>;
  /**
   * Call `onChange` when the text may have changed, until the returned function is called. Only
   * for editors that tell no input events: DOM fields are heard by the coach's one capturing
   * listener for the page (`content/live/coach.ts`), which page handlers cannot get in front of.
   */
  watch?(onChange: () => void): () => void;
  /** The question the page asks for this field (its label, the heading above it) and the field's key on its site. */
  question?(snapshot: S): FieldQuestion;
  /** Whether an event target belongs to this field when it is not inside `element` (Docs types in an iframe). */
  owns?(target: EventTarget): boolean;
}

import { editableRoots, isTextareaField, type Field } from '../../startup/fields';
import type { ApplyOutcome, Replacement } from './source';
import { editorHistory } from './history';
import { rangeFor, readRoots } from './text-model';

/** The first `[placeholder]` in a rewrite: the user types over it. */
export function firstPlaceholder(text: string): { start: number; end: number } | null {
  const m = /\[[^\]\n]+\]/.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export function fieldText(field: Field): string {
  return isTextareaField(field) ? field.value : readRoots(editableRoots(field)).text;
}

const pause = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Wait for `n` animation frames of the page (a short pause where frames do not run, e.g. a hidden tab). */
const frames = async (page: Document, n: number) => {
  const view = page.defaultView;
  for (let i = 0; i < n; i++) {
    await new Promise<void>((ok) => {
      const timer = setTimeout(ok, 50);
      view?.requestAnimationFrame(() => {
        clearTimeout(timer);
        ok();
      });
    });
  }
};

/**
 * Replace `[start, end)` of a field's text through the editor's own input pipeline, so its undo
 * reverts it and its model agrees with what is shown: select the span, then `insertText` (a
 * trusted `beforeinput` + `input`), or a `beforeinput` of `insertReplacementText` for editors that
 * handle that instead. The text is read back to check the change really happened; when it did not,
 * the rewrite is copied to the clipboard instead. The caret ends after the new text, or on the
 * rewrite's first `[placeholder]`.
 */
export async function applyReplacement(
  field: Field,
  edit: Replacement,
  copy: (text: string) => Promise<boolean>,
): Promise<ApplyOutcome> {
  const page = field.ownerDocument;
  const before = fieldText(field);
  const landed = () => {
    const now = fieldText(field);
    return now.slice(edit.start, edit.start + edit.text.length) === edit.text && now.length === before.length - (edit.end - edit.start) + edit.text.length;
  };
  const placeholder = firstPlaceholder(edit.text);
  /** Frameworks render their model back to the DOM a little later: wait (briefly) for the change to show. */
  const settle = async () => {
    for (let waited = 0; waited < 600 && !landed(); waited += 40) await pause(40);
  };

  if (isTextareaField(field)) {
    field.focus({ preventScroll: true });
    field.setSelectionRange(edit.start, edit.end);
    page.execCommand('insertText', false, edit.text);
    if (!landed()) return (await copy(edit.text)) ? 'copied' : 'failed';
    if (placeholder) field.setSelectionRange(edit.start + placeholder.start, edit.start + placeholder.end);
    return 'applied';
  }

  const select = (start: number, end: number): Range | null => {
    const range = rangeFor(readRoots(editableRoots(field)), start, end);
    const selection = page.getSelection();
    if (!range || !selection) return null;
    const host = editableRoots(field).find((r) => r.contains(range.startContainer)) ?? field;
    host.focus({ preventScroll: true });
    selection.removeAllRanges();
    selection.addRange(range);
    return range;
  };
  const range = select(edit.start, edit.end);
  if (!range) return (await copy(edit.text)) ? 'copied' : 'failed';
  // Editors read the DOM selection on `selectionchange` (some throttle it): let them catch up.
  await pause(60);
  // execCommand fires no `beforeinput`, and editors that work from `beforeinput` (Slate) ignore the
  // DOM change it makes; so first offer the edit as the `beforeinput` a spell checker sends.
  const target = editableRoots(field).find((r) => r.contains(range.startContainer)) ?? field;
  const history = editorHistory(target);
  if (history) {
    // The editor's own undo manager: the text before Apply becomes a level, the rewrite another.
    history.mark();
    select(edit.start, edit.end);
    await pause(30);
    page.execCommand('insertText', false, edit.text);
    await settle();
    if (!landed()) return (await copy(edit.text)) ? 'copied' : 'failed';
    history.mark();
    if (placeholder) select(edit.start + placeholder.start, edit.start + placeholder.end);
    return 'applied';
  }
  const data = new DataTransfer();
  data.setData('text/plain', edit.text);
  const handled = !target.dispatchEvent(
    new InputEvent('beforeinput', { inputType: 'insertReplacementText', data: edit.text, dataTransfer: data, bubbles: true, cancelable: true, composed: true }),
  );
  if (handled) await settle();
  // Some editors take the edit without cancelling the event and render it on the next frame (Trix):
  // look before typing it a second time.
  else await frames(page, 2);
  // Not handled (or handled without a change): the browser's own editing, which every editor observes.
  if (fieldText(field) === before) {
    select(edit.start, edit.end);
    await pause(30);
    page.execCommand('insertText', false, edit.text);
  }
  await settle();
  if (!landed()) return (await copy(edit.text)) ? 'copied' : 'failed';
  if (placeholder) select(edit.start + placeholder.start, edit.start + placeholder.end);
  return 'applied';
}

/**
 * Editors that keep their own undo manager instead of the browser's, and record an undo level only
 * on certain events. Found from the DOM (content scripts see no page globals); each entry says how
 * to make the editor record the text as it is now, so an Apply between two such marks is one step
 * of the editor's own undo.
 */
export interface EditorHistory {
  readonly editor: string;
  /** Ask the editor to record an undo level of the text as it is now. */
  mark(): void;
}

/**
 * TinyMCE (iframe mode: the body `#tinymce.mce-content-body`; inline mode: `.mce-content-body`).
 * Its UndoManager records a level when an `input` event of type `insertReplacementText` reaches the
 * editor (what a browser spell-checker replacement sends) and ends the typing step it is in; it
 * records nothing for `insertText`, which is what `execCommand('insertText')` reports. So: mark
 * before the change (the typed text becomes a level of its own) and after it (the rewrite does).
 */
function tinymce(root: HTMLElement): EditorHistory | null {
  const body = root.closest<HTMLElement>('.mce-content-body');
  if (!body) return null;
  const Input = (body.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.InputEvent ?? InputEvent;
  return {
    editor: 'tinymce',
    mark() {
      body.dispatchEvent(new Input('input', { inputType: 'insertReplacementText', bubbles: true, composed: true }));
    },
  };
}

/** The undo manager an editable root answers to, when it is one that needs marks. */
export function editorHistory(root: HTMLElement): EditorHistory | null {
  return tinymce(root);
}

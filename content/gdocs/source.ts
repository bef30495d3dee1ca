import type { Snapshot } from '../live/surfaces/surface';
import type { Source } from '../live/sources/source';
import type { DocsBridge } from './bridge';
import { caretPosition, isCaret, textEventTarget } from './docs-page';
import { headingAbove, scopeFor, segmentAnswers } from './segments';

/** The answer at the caret, and where it sits in the whole document (for drawing and applying). */
export interface DocsSnapshot extends Snapshot {
  /** The whole document's text as the hook gives it. */
  document: string;
  /** Where `text` starts in `document`. */
  offset: number;
}

/** How long Apply waits for Docs' model to show the rewrite. */
const CONFIRM_TRIES = 15;
const CONFIRM_INTERVAL_MS = 100;

/**
 * Google Docs as a source: the text comes through Docs' hook (the bridge to the main world), and
 * what is analysed is the answer the caret is in (`segments.ts`). Apply moves Docs' selection
 * through the hook and types into Docs' text-event iframe, as a keystroke would, then checks
 * through the hook that Docs' own model holds exactly the rewrite. `onRead` hears whether the
 * hook gave any text.
 */
export function docsSource(page: Document, editor: Element, bridge: DocsBridge, onRead: (ok: boolean) => void = () => {}): Source<DocsSnapshot> {
  let last: DocsSnapshot | null = null;
  let caretAt = '';
  const copied = async (text: string, copy: (text: string) => Promise<boolean>): Promise<'copied' | 'failed'> =>
    (await copy(text)) ? 'copied' : 'failed';
  return {
    kind: 'google-docs',
    element: editor,
    async read() {
      const snap = await bridge.read();
      onRead(snap !== null);
      if (!snap) return (last = null);
      const scope = scopeFor(snap.text, snap.caret);
      // A document without an answer yet reads as empty text: the hook works, there is nothing to coach.
      last = scope ? { text: snap.text.slice(scope.start, scope.end), document: snap.text, offset: scope.start } : { text: '', document: snap.text, offset: 0 };
      return last;
    },
    async apply(edit, copy) {
      const before = last;
      const fresh = await bridge.read();
      if (!before || !fresh) return copied(edit.text, copy);
      if (fresh.text !== before.document) return 'stale';
      const start = edit.start + before.offset;
      const end = edit.end + before.offset;
      const expected = before.document.slice(0, start) + edit.text + before.document.slice(end);
      const target = textEventTarget(page);
      const selected = target ? await bridge.select(start, end) : false;
      if (target && selected) {
        target.el.focus();
        target.frameDocument.execCommand('insertText', false, edit.text);
      }
      for (let i = 0; selected && i < CONFIRM_TRIES; i++) {
        if ((await bridge.read())?.text === expected) return 'applied';
        await new Promise((ok) => setTimeout(ok, CONFIRM_INTERVAL_MS));
      }
      return copied(edit.text, copy);
    },
    watch(onChange) {
      // Docs re-renders the line rectangles and moves the caret on every edit.
      const observer = new MutationObserver((records) => {
        // The caret blinking is not an edit: skip it unless the caret moved (another answer may be current).
        if (records.every((r) => r.type === 'attributes' && isCaret(r.target))) {
          const now = caretPosition(page);
          if (now === caretAt) return;
          caretAt = now;
        }
        onChange();
      });
      observer.observe(editor, { childList: true, subtree: true, attributes: true, characterData: true });
      return () => observer.disconnect();
    },
    // The heading above the answer is its question; the answer's place in the document is its key
    // (with the document's id: a heading in a document is the user's own text, so it is never the key).
    question: (snap) => ({
      text: headingAbove(snap.document, snap.offset),
      key: `docs:${/\/d\/([\w-]+)/.exec(page.location.pathname)?.[1] ?? ''}:${Math.max(0, segmentAnswers(snap.document).findIndex((a) => a.start === snap.offset))}`,
    }),
    owns: (target) => {
      const inFrame = textEventTarget(page)?.frameDocument;
      return !!inFrame && (target as Node).ownerDocument === inFrame;
    },
  };
}

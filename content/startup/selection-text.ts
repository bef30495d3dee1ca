/** What the user selected, read without any of the live-coaching code (the start-up script answers this). */

export const EMPTY_SELECTION_MESSAGE = 'STAR Coach: select the text of an answer first, then check it again.';

/**
 * The text selected in `page`: inside a focused text field, in the page, or inside a focused
 * same-origin frame (rich editors in iframes; Google Docs copies its selection into one).
 * '' when nothing is selected. Checks tag names, not `instanceof`, which fails across frames.
 */
export function selectedText(page: Document, depth = 0): string {
  const active = page.activeElement as (HTMLElement & Partial<HTMLTextAreaElement>) | null;
  const tag = active?.localName;
  if (active && (tag === 'textarea' || (tag === 'input' && (active as HTMLInputElement).type === 'text'))) {
    const { selectionStart: start, selectionEnd: end, value } = active;
    if (typeof value === 'string' && start != null && end != null && end > start) return value.slice(start, end);
  }
  const inPage = page.getSelection()?.toString() ?? '';
  if (inPage.trim()) return inPage;
  if (active && (tag === 'iframe' || tag === 'frame') && depth < 3) {
    try {
      const inner = (active as HTMLIFrameElement).contentDocument;
      if (inner) return selectedText(inner, depth + 1);
    } catch {
      // A cross-origin frame: its own content script answers for it.
    }
  }
  return inPage;
}

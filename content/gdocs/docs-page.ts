/**
 * What STAR Coach knows about Google Docs' page: its URLs, the hook's global names, selectors and
 * attributes. Nothing else names a Docs global, selector or URL, so a difference on the real site
 * is one change here (the shape of Docs' text, headings and control characters, is read in
 * `segments.ts`). The facts come from the public extensions that use Docs' annotated-canvas hook.
 */

/** Where the adapter runs: Docs documents (manifest match patterns for both gdocs content scripts). */
export const DOCS_MATCHES = ['https://docs.google.com/document/*'];

/**
 * The test fixture that imitates Docs (tests/fixtures/pages/gdocs/) is accepted only when ALL of:
 * plain http on the loopback address 127.0.0.1 (never an ordinary site), a path under `/gdocs/`,
 * and the query flag `star-coach-docs-fixture=1`. The match pattern keeps the scripts off every
 * other page; the URL check runs first thing at document_start, when only the URL is known.
 */
export const FIXTURE_MATCHES = ['http://127.0.0.1/gdocs/*'];
export const FIXTURE_FLAG = 'star-coach-docs-fixture';

export function isDocsUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === 'https:' && url.hostname === 'docs.google.com' && url.pathname.startsWith('/document/')) return true;
  return (
    url.protocol === 'http:' &&
    url.hostname === '127.0.0.1' &&
    url.pathname.startsWith('/gdocs/') &&
    url.searchParams.get(FIXTURE_FLAG) === '1'
  );
}

/** The main-world flag Docs reads while it loads: set to the extension's own id to ask for the annotated model. */
export const ANNOTATE_FLAG = '_docs_annotate_canvas_by_ext';
/** The main-world function that returns (a promise of) the annotated text object. */
export const ANNOTATED_TEXT_GETTER = '_docs_annotate_getAnnotatedText';

/** The annotated text object the getter gives. */
export interface AnnotatedText {
  getText(): string;
  getSelection(): unknown;
  setSelection(start: number, end: number): void;
}

/** The scrolling editor that holds the canvas tiles and, with the hook on, the line rectangles. */
export const EDITOR_SELECTOR = '.kix-appview-editor';
/** One SVG rect per rendered line (or run of a line), whose aria-label is the line's text. */
export const LINE_RECT_SELECTOR = 'svg rect[aria-label]';
/** The font Docs drew a rect's text with (CSS `font` shorthand), when it says. */
export const LINE_FONT_ATTRIBUTE = 'data-font-css';
export const CARET_SELECTOR = '.kix-cursor-caret';
/** The iframe whose contenteditable receives typed text and inserts it at the Docs selection. */
export const TEXT_EVENT_IFRAME_SELECTOR = '.docs-texteventtarget-iframe';

export function isTextEventFrame(win: Window): boolean {
  try {
    return win.frameElement?.matches(TEXT_EVENT_IFRAME_SELECTOR) ?? false;
  } catch {
    return false;
  }
}

/** Normalise a selection as the hook reports it (a number, `{start,end}`, or a list of those) to a caret index. */
export function caretOf(selection: unknown): number | null {
  const one = Array.isArray(selection) ? selection[0] : selection;
  if (typeof one === 'number' && Number.isInteger(one) && one >= 0) return one;
  if (one && typeof one === 'object') {
    const o = one as Record<string, unknown>;
    for (const key of ['start', 'anchor', 'focus', 'end']) {
      const v = o[key];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    }
  }
  return null;
}

/**
 * Where the caret is drawn, as a string that changes when it moves but not when it blinks (Docs
 * blinks it by visibility), so the coach can ignore the blinking.
 */
export function caretPosition(page: Document): string {
  const caret = page.querySelector<HTMLElement>(CARET_SELECTOR);
  if (!caret) return '';
  const box = caret.getBoundingClientRect();
  return box.width || box.height ? `${Math.round(box.left)},${Math.round(box.top)}` : `${caret.style.left},${caret.style.top}`;
}

export function isCaret(node: Node): boolean {
  return node instanceof Element && node.closest(CARET_SELECTOR) !== null;
}

export interface LineBox {
  el: Element;
  /** The line's text as Docs labels it. */
  label: string;
  /** CSS font the line was drawn with, or '' when unknown. */
  font: string;
}

/** The line rectangles in document order. */
export function readLines(page: Document): LineBox[] {
  const editor = page.querySelector(EDITOR_SELECTOR);
  if (!editor) return [];
  return [...editor.querySelectorAll(LINE_RECT_SELECTOR)].map((el) => ({
    el,
    label: el.getAttribute('aria-label') ?? '',
    font: el.getAttribute(LINE_FONT_ATTRIBUTE) ?? '',
  }));
}

export function editorOf(page: Document): Element | null {
  return page.querySelector(EDITOR_SELECTOR);
}

/** The editable element inside the text-event iframe, or null when it is missing or not reachable. */
export function textEventTarget(page: Document): { frameDocument: Document; el: HTMLElement } | null {
  const frame = page.querySelector<HTMLIFrameElement>(TEXT_EVENT_IFRAME_SELECTOR);
  let inner: Document | null = null;
  try {
    inner = frame?.contentDocument ?? null;
  } catch {
    return null;
  }
  if (!inner) return null;
  const el = inner.querySelector<HTMLElement>('[contenteditable="true"], [contenteditable=""]') ?? (inner.body?.isContentEditable ? inner.body : null);
  return el ? { frameDocument: inner, el } : null;
}

/**
 * Text Docs puts in the text-event iframe while the user has a selection (so copy works); the
 * fallback reads it when the hook gives nothing.
 */
export function selectedTextFallback(page: Document): string {
  const target = textEventTarget(page);
  const inFrame = target?.el.innerText ?? target?.el.textContent ?? '';
  if (inFrame.trim()) return inFrame;
  return page.getSelection()?.toString() ?? '';
}

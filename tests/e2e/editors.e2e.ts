import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  BADGE,
  CARD,
  MIRROR,
  badgeState,
  highlightsByDimension,
  inUi,
  launch,
  mirrorMarks,
  uiAll,
  uiClick,
  uiPoint,
  uiWait,
  type Harness,
  type UiElement,
} from './harness';
import { analyze } from '../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../lib/settings';

// The problem comes first, so the "We …" sentence is unambiguously the writer's action (a first
// sentence can be read as situation context). The other checks' findings are never hard-coded: the
// tests ask the engine (lib/analyze.ts, as the background does with default settings) what to expect.
const PROBLEM = 'Our checkout service dropped orders every night.';
const WEAK = 'We figured out the root cause together.';
const FLAGGED = 'We figured out';
const REWRITE = 'I figured out the root cause.';
const ANSWER = `${PROBLEM} ${WEAK}`;

/** The engine's report on `text`, with the settings the extension starts with. */
const reportOf = (text: string) => analyze(text, DEFAULT_SETTINGS);
/** The words the engine flags with a span in `text`, sorted (what should be underlined). */
const spansOf = (text: string) =>
  reportOf(text)
    .findings.filter((f) => f.start !== undefined)
    .map((f) => text.slice(f.start, f.end))
    .sort();
const sorted = (words: string[]) => [...words].sort();
/** `words` without one occurrence of `word`. */
const without = (words: string[], word: string) => {
  const i = words.indexOf(word);
  return i < 0 ? words : [...words.slice(0, i), ...words.slice(i + 1)];
};

interface EditorPage {
  name: string;
  path: string;
  /** The editor is inside this iframe. */
  frame?: string;
  /** The editor to click and type in (Playwright CSS pierces open shadow roots). */
  editor: string;
  /** Text already in the editor's model before the typed answer (a block editor's earlier blocks, which state the problem). */
  before?: string;
  /** The editor's undo history merges edits less than this many ms apart into one step. */
  undoMergeMs?: number;
  /** The editor's own undo button (in the top document), checked as well as Ctrl+Z. */
  undoButton?: string;
  /** The editor's redo key: after undo it must re-apply the rewrite exactly. */
  redo?: string;
  /** The field is in the browser's top layer (a modal dialog, a popover): our underlines and badge must be drawn above it. */
  topLayer?: boolean;
}

/** What is typed into the editor: the weak sentence after the problem (unless the page already states it). */
const typedOf = (spec: Pick<EditorPage, 'before'>) => (spec.before ? WEAK : ANSWER);
/** The editor's whole text once the answer is typed. */
const fullOf = (spec: Pick<EditorPage, 'before'>) => `${spec.before ?? ''}${typedOf(spec)}`;
/** The editor's whole text once the rewrite is applied. */
const rewrittenOf = (spec: Pick<EditorPage, 'before'>) => fullOf(spec).replace(WEAK, REWRITE);

const PAGES: EditorPage[] = [
  { name: 'textarea', path: 'editors/textarea.html', editor: '#editor' },
  { name: 'React-controlled textarea', path: 'editors/react-textarea.html', editor: '#editor' },
  // Quill's history.delay (default 1000 ms): an edit within a second of typing joins the typing's undo step.
  { name: 'Quill', path: 'editors/quill.html', editor: '.ql-editor', undoMergeMs: 1000 },
  { name: 'ProseMirror', path: 'editors/prosemirror.html', editor: '.ProseMirror', undoMergeMs: 500 }, // history()'s newGroupDelay
  { name: 'Lexical', path: 'editors/lexical.html', editor: '#editor', undoMergeMs: 300 }, // registerHistory(…, 300)
  { name: 'Draft.js', path: 'editors/draft.html', editor: '.public-DraftEditor-content' },
  { name: 'Slate', path: 'editors/slate.html', editor: '[data-slate-editor]' },
  { name: 'Notion-like blocks', path: 'editors/notion.html', editor: '#editor', before: 'Our checkout service dropped orders every night.\n' },
  { name: 'same-origin iframe', path: 'editors/iframe.html', frame: '#frame', editor: '#editor' },
  { name: 'about:blank iframe', path: 'editors/iframe-blank.html', frame: '#frame', editor: '#editor' },
  { name: 'open shadow root', path: 'editors/shadow.html', editor: 'answer-box #editor' },
  { name: 'textarea in an open shadow root', path: 'editors/shadow.html?textarea', editor: 'answer-box #editor' },
  { name: 'textarea in a modal dialog', path: 'editors/dialog.html', editor: '#editor', topLayer: true },
  { name: 'textarea in a popover', path: 'editors/popover.html', editor: '#editor', topLayer: true },
  // TinyMCE keeps its own undo manager, in a 200 px iframe: the card opens in the top document beside it.
  { name: 'TinyMCE', path: 'editors/tinymce.html', frame: 'iframe.tox-edit-area__iframe', editor: '#tinymce', undoButton: 'button[aria-label="Undo"]', redo: 'Control+y' },
  // CKEditor 5 keeps its own model and undo manager.
  { name: 'CKEditor 5', path: 'editors/ckeditor.html', editor: '.ck-editor__editable', undoButton: '.ck-toolbar button[data-cke-tooltip-text^="Undo"]', redo: 'Control+y' },
  { name: 'TipTap', path: 'editors/tiptap.html', editor: '#editor', redo: 'Control+y', undoMergeMs: 500 }, // its history's newGroupDelay
  { name: 'Trix', path: 'editors/trix.html', editor: 'trix-editor', undoButton: 'button[data-trix-action="undo"]', redo: 'Control+Shift+z' },
  // A block editor: the problem is the first block, the answer's second paragraph is typed in the second.
  { name: 'Editor.js', path: 'editors/editorjs.html', editor: '.ce-block:nth-child(2) .ce-paragraph', before: 'Our checkout service dropped orders every night.\n' },
];

/** The frame the editor lives in. */
async function frameOf(page: Page, spec: EditorPage): Promise<Frame> {
  if (!spec.frame) return page.mainFrame();
  const handle = await page.waitForSelector(spec.frame);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** What is underlined in the frame: the textarea mirror's marks, or STAR Coach's CSS highlight ranges. */
async function underlined(frame: Frame): Promise<string[]> {
  const marks = await mirrorMarks(frame);
  if (marks.length > 0) return marks.map((m) => m.text);
  return Object.values(await highlightsByDimension(frame)).flat();
}

/** The centre of the start of the underline over `words`, in page (top frame) coordinates. */
async function highlightPoint(page: Page, frame: Frame, words = FLAGGED): Promise<{ x: number; y: number }> {
  const inner = await inUi(frame, (ui, words) => {
    const mark = ui.all('star-coach-mirror', '.star-coach-mark').find((m) => m.textContent === words);
    const registry = (ui.document.defaultView as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
    const range = [...registry.values()].flatMap((h) => [...h]).find((r) => r.toString() === words);
    const target = mark ?? range;
    if (!target) throw new Error(`nothing underlines "${words}"`);
    const r = target.getClientRects()[0]!;
    return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 };
  }, words);
  return uiPoint(frame, { text: words, attrs: {}, box: { x: inner.x, y: inner.y, width: 0, height: 0 } });
}

/** The card's box lies wholly inside what shows it: the window, and the iframe it is drawn in, if any. */
async function expectInViewport(page: Page, frame: Frame, card: ShownCard): Promise<void> {
  // Its top-left corner in the page's coordinates.
  const at = await uiPoint(card.frame, { ...card.element, box: { ...card.element.box, width: 0, height: 0 } });
  const box = { x: at.x, y: at.y, width: card.element.box.width, height: card.element.box.height };
  const size = page.viewportSize()!;
  let clip = { x: 0, y: 0, width: size.width, height: size.height };
  if (frame !== page.mainFrame() && card.frame !== page.mainFrame()) clip = (await (await frame.frameElement()).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(clip.x);
  expect(box.y).toBeGreaterThanOrEqual(clip.y);
  expect(box.x + box.width).toBeLessThanOrEqual(clip.x + clip.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(clip.y + clip.height + 0.5);
}

/**
 * Whether the underline of the flagged words and the badge are what the browser draws topmost at
 * their own boxes (above a modal dialog, say). The mirror ignores the pointer, so for the probe its
 * mark takes it for a moment. Read in the content script's world, through our closed roots.
 */
function drawnOnTop(frame: Frame): Promise<{ underline: boolean; badge: boolean }> {
  return inUi(
    frame,
    (ui, flagged) => {
      const doc = ui.document;
      const centre = (el: Element) => {
        const r = el.getClientRects()[0]!;
        return [r.left + r.width / 2, r.top + r.height / 2] as const;
      };
      const mirror = doc.querySelector('star-coach-mirror')!;
      const mark = [...ui.root(mirror)!.querySelectorAll<HTMLElement>('.star-coach-mark')].find((m) => m.textContent === flagged)!;
      const box = mark.parentElement!;
      const restore = [mirror, box, mark].map((el) => [el, (el as HTMLElement).style.pointerEvents] as const);
      for (const [el] of restore) (el as HTMLElement).style.pointerEvents = 'auto';
      const underline = doc.elementFromPoint(...centre(mark)) === mirror;
      for (const [el, value] of restore) (el as HTMLElement).style.pointerEvents = value;
      const badge = doc.querySelector('star-coach-badge')!;
      return { underline, badge: doc.elementFromPoint(...centre(ui.root(badge)!.querySelector('.badge')!)) === badge };
    },
    FLAGGED,
  );
}

/** The modal dialog fixture with the weak answer typed in its textarea and underlined; `dialogOpen` says whether the dialog is open. */
async function answerInDialog(h: Harness): Promise<{ page: Page; dialogOpen: () => Promise<boolean> }> {
  const page = await h.open('editors/dialog.html');
  await page.click('#editor');
  await page.keyboard.type(ANSWER);
  await uiWait(page, MIRROR, '.star-coach-mark', { hasText: FLAGGED });
  return { page, dialogOpen: () => page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).open) };
}

/** The badge's box does not cover any line of the contenteditable's text (both in the frame's own coordinates). */
async function expectBadgeClearOfText(frame: Frame, spec: EditorPage): Promise<void> {
  const { box: badge } = (await uiAll(frame, BADGE, '.badge'))[0]!;
  const lines = await frame.locator(spec.editor).evaluate((el) => {
    if (el.tagName === 'TEXTAREA') return [];
    // Each text node's own line boxes (a range over the element would also give its blocks' whole boxes).
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const rects: Array<{ left: number; top: number; right: number; bottom: number }> = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = el.ownerDocument.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0) rects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
    return rects;
  });
  const covered = lines.filter((r) => r.left < badge.x + badge.width && r.right > badge.x && r.top < badge.y + badge.height && r.bottom > badge.y);
  expect(covered).toEqual([]);
}

const editorText = (frame: Frame) => frame.evaluate(() => (window as unknown as { __editorText(): string }).__editorText());

async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

async function typeAnswer(page: Page, frame: Frame, spec: EditorPage): Promise<void> {
  await frame.locator(spec.editor).click();
  await page.keyboard.type(typedOf(spec), { delay: 5 });
  await waitFor(() => editorText(frame), (t) => t === fullOf(spec), 'the editor to hold the typed answer');
}

/** The badge's count of open findings, or null before the first report. */
const badgeCount = async (frame: Frame) => (await badgeState(frame))?.count ?? null;

/** How many badges are drawn in the frame (their hosts are in the page's DOM; what they show is not). */
const badgesIn = (frame: Frame) => frame.locator('star-coach-badge').count();

/** Step with a keyboard shortcut through the field's findings until the card is the we-action's. */
async function stepToWeAction(page: Page, frame: Frame, key: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press(key);
    const state = await cardState(await cardIn(page, frame));
    if (state.findingId === 'we-action' && state.suggestion === REWRITE) return;
  }
  throw new Error(`${key} never reached the we-action's card`);
}

/** An open card (or list), and the frame whose document draws it. */
interface ShownCard {
  frame: Frame;
  element: UiElement;
}

/**
 * The open card (or list, `what`), wherever it is drawn: in the editor's frame, or in the top
 * document beside a frame too small for it. Waits for it to be there.
 */
async function cardIn(page: Page, frame: Frame, what = '.card', timeout = 5_000): Promise<ShownCard> {
  const frames = frame === page.mainFrame() ? [frame] : [frame, page.mainFrame()];
  const found = await waitFor(
    async () => {
      for (const f of frames) {
        const [element] = await uiAll(f, CARD, what);
        if (element) return { frame: f, element };
      }
      return null;
    },
    (f) => f !== null,
    `the card (${what})`,
    timeout,
  );
  return found!;
}

/** How many cards are open, in the editor's frame and the top document. */
async function cardCount(page: Page, frame: Frame): Promise<number> {
  const frames = frame === page.mainFrame() ? [frame] : [frame, page.mainFrame()];
  let n = 0;
  for (const f of frames) n += (await uiAll(f, CARD, '.card')).length;
  return n;
}

async function openCard(page: Page, frame: Frame): Promise<ShownCard> {
  const { x, y } = await highlightPoint(page, frame);
  await page.mouse.click(x, y);
  return cardIn(page, frame);
}

/** The shown card's finding and suggested rewrite, read inside its closed root. */
async function cardState(card: ShownCard): Promise<{ findingId: string; suggestion: string | null }> {
  const [suggestion] = await uiAll(card.frame, CARD, '.card .suggestion');
  return { findingId: card.element.attrs['data-finding-id']!, suggestion: suggestion?.text ?? null };
}

describe.each(PAGES)('live coaching in $name', (spec) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines exactly the flagged words, applies the rewrite through the editor, and undoes it', async () => {
    const page = await h.open(spec.path);
    const frame = await frameOf(page, spec);
    await typeAnswer(page, frame, spec);
    const expected = spansOf(fullOf(spec));
    expect(expected).toContain(FLAGGED);
    // Exactly what the engine flags is underlined, no more and no less.
    expect(sorted(await waitFor(() => underlined(frame), (u) => u.includes(FLAGGED), 'the we-action underline'))).toEqual(expected);
    // The badge sits against the editor's visible box, clear of the answer's words.
    await expectBadgeClearOfText(frame, spec);
    if (spec.topLayer) expect(await drawnOnTop(frame)).toEqual({ underline: true, badge: true });

    const card = await openCard(page, frame);
    expect(await cardState(card)).toEqual({ findingId: 'we-action', suggestion: REWRITE });
    // The whole card, its buttons included, is inside the window (a small iframe cannot cut it off).
    await expectInViewport(page, frame, card);
    // Apply as its own undo step, as after a writer's pause (not a timing assertion: a precondition of the undo check).
    if (spec.undoMergeMs) await page.waitForTimeout(spec.undoMergeMs + 100);
    await uiClick(card.frame, CARD, '.card button.apply');
    // The editor's own model (or React state) has the new text.
    await waitFor(() => editorText(frame), (t) => t === rewrittenOf(spec), 'the rewrite in the editor model');
    // The card closes once Apply has gone through the editor (after the editor's own update, so wait for it).
    await expect.poll(() => cardCount(page, frame), { timeout: 5_000 }).toBe(0);

    await page.keyboard.press('Control+z');
    await waitFor(() => editorText(frame), (t) => t === fullOf(spec), 'undo to restore the answer');
    if (spec.redo) {
      await page.keyboard.press(spec.redo);
      await waitFor(() => editorText(frame), (t) => t === rewrittenOf(spec), 'redo to re-apply the rewrite');
    }
    if (spec.undoButton) {
      // The editor's own undo button does the same as Ctrl+Z.
      if (!spec.redo) throw new Error('an undo button is checked after a redo');
      await page.locator(spec.undoButton).click();
      await waitFor(() => editorText(frame), (t) => t === fullOf(spec), "the editor's undo button to restore the answer");
    }
    await page.close();
  });

  it('dismisses a finding, and it stays dismissed after a reload', async () => {
    let page = await h.open(spec.path);
    let frame = await frameOf(page, spec);
    await typeAnswer(page, frame, spec);
    const full = fullOf(spec);
    const total = reportOf(full).findings.length;
    const remaining = without(spansOf(full), FLAGGED);
    expect(total).toBeGreaterThan(0);
    // The report for the whole answer is drawn: every finding counted, the we-action underlined.
    await waitFor(() => badgeCount(frame), (n) => n === total, `the badge to count the engine's ${total} findings`);
    await waitFor(() => underlined(frame), (u) => u.includes(FLAGGED), 'the we-action underline');
    // One answer, one badge: a block editor's blocks are judged together.
    expect(await badgesIn(frame)).toBe(1);
    const card = await openCard(page, frame);
    expect((await cardState(card)).findingId).toBe('we-action');
    await uiClick(card.frame, CARD, '.card button.dismiss');
    // Only that finding goes: its underline, and exactly one from the count.
    expect(sorted(await waitFor(() => underlined(frame), (u) => !u.includes(FLAGGED), 'the underline to go'))).toEqual(remaining);
    expect(await badgeCount(frame)).toBe(total - 1);
    await page.close();

    page = await h.open(spec.path);
    frame = await frameOf(page, spec);
    await typeAnswer(page, frame, spec);
    // After a reload the same answer's report leaves the dismissed finding out, and only it.
    const shown = async () => ({ count: await badgeCount(frame), underlined: sorted(await underlined(frame)) });
    await waitFor(shown, (s) => s.count === total - 1 && JSON.stringify(s.underlined) === JSON.stringify(remaining), `${total - 1} open findings and no we-action underline`);
    await page.close();
  });

  it('leaves the host page free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

describe('fields, cards and alignment', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('leaves password, data-gramm="false", data-enable-grammarly="false" and opted-out fields alone', async () => {
    const page = await h.open('editors/skip.html');
    for (const id of ['password', 'gramm', 'grammarly-off', 'own', 'control']) {
      await page.click(`#${id}`);
      await page.keyboard.type(ANSWER, { delay: 2 });
    }
    await uiWait(page, MIRROR, '.star-coach-mark');
    // Give any (wrong) analysis of the other fields time to arrive.
    await page.waitForTimeout(800);
    const drawn = await page.evaluate(() => {
      const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
      return {
        mirrors: document.querySelectorAll('star-coach-mirror').length,
        badges: document.querySelectorAll('star-coach-badge').length,
        ranges: [...registry.values()].reduce((n, hl) => n + hl.size, 0),
      };
    });
    expect(drawn).toEqual({ mirrors: 1, badges: 1, ranges: 0 });
    expect(await page.inputValue('#password')).toBe(ANSWER);
    await page.close();
  });

  it('keeps textarea highlights on their words under a sticky header, in a scrolled container, in a transformed ancestor', async () => {
    const page = await h.open('editors/align.html');
    await page.click('#editor');
    const filler = Array.from({ length: 8 }, (_, i) => `Line ${i + 1} of the situation.`).join('\n');
    await page.keyboard.type(`${PROBLEM}\n${WEAK}\n${filler}`, { delay: 1 });
    await uiWait(page, MIRROR, '.star-coach-mark', { hasText: FLAGGED });
    const at = { start: PROBLEM.length + 1, end: PROBLEM.length + 1 + FLAGGED.length };

    /** The textarea's own caret offsets under the first and last letters of the mark (the browser's hit-testing, not ours). */
    const offsets = () =>
      inUi(page, async (ui, flagged) => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const mark = ui.all('star-coach-mirror', '.star-coach-mark').find((m) => m.textContent === flagged)!;
        const rects = [...mark.getClientRects()];
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        const at = (x: number, y: number) => {
          const p = document.caretPositionFromPoint(x, y);
          return p && p.offsetNode === document.getElementById('editor') ? p.offset : null;
        };
        return { start: at(first.left + 2, first.top + first.height / 2), end: at(last.right - 2, last.top + last.height / 2) };
      }, FLAGGED);
    // Typing scrolled the textarea down past the flagged line; the mirror follows it back up.
    expect(await page.evaluate(() => document.getElementById('editor')!.scrollTop)).toBeGreaterThan(0);
    await page.evaluate(() => (document.getElementById('editor')!.scrollTop = 0));
    expect(await offsets()).toEqual(at);

    await page.evaluate(() => document.getElementById('scroller')!.scrollBy(0, 45));
    expect(await offsets()).toEqual(at);

    // Under the sticky header: the mirror is clipped where the header covers the field.
    await page.evaluate(() => window.scrollTo(0, 260));
    const clip = await inUi(page, async (ui) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = ui.root(document.querySelector('star-coach-mirror'))!.firstElementChild as HTMLElement;
      const header = document.querySelector('header')!.getBoundingClientRect();
      const field = document.getElementById('editor')!.getBoundingClientRect();
      const top = Number(/inset\(([\d.]+)px/.exec(box.style.clipPath)?.[1] ?? 0);
      const scale = field.height / (document.getElementById('editor') as HTMLElement).offsetHeight;
      return { fieldTop: field.top, headerBottom: header.bottom, visibleTop: field.top + top * scale };
    });
    expect(clip.fieldTop).toBeLessThan(clip.headerBottom);
    expect(clip.visibleTop).toBeGreaterThanOrEqual(clip.headerBottom - 1);
    await page.close();
  });

  it('opens cards by hover and by keyboard without taking focus, and applies from the keyboard', async () => {
    const page = await h.open('editors/textarea.html');
    await page.click('#editor');
    await page.keyboard.type(ANSWER);
    await uiWait(page, MIRROR, '.star-coach-mark', { hasText: FLAGGED });
    const { x, y } = await highlightPoint(page, page.mainFrame());
    await page.mouse.move(x, y);
    await uiWait(page, CARD, '.card', { timeout: 5_000 });
    await page.mouse.move(5, 5);
    await uiWait(page, CARD, '.card', { state: 'detached', timeout: 5_000 });

    // Keep typing: the underline shifts with the text until the next report.
    await page.keyboard.press('End');
    await page.keyboard.type(' Then I fixed it.');
    expect(await underlined(page.mainFrame())).toContain(FLAGGED);
    await stepToWeAction(page, page.mainFrame(), 'Alt+Shift+Period');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.keyboard.press('Alt+Shift+Enter');
    await waitFor(() => page.inputValue('#editor'), (v) => v === `${PROBLEM} ${REWRITE} Then I fixed it.`, 'the keyboard Apply');
    // The caret is after the new text.
    expect(await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).selectionStart)).toBe(`${PROBLEM} ${REWRITE}`.length);
    await page.close();
  });

  it('Esc in a modal dialog closes our card or list, not the dialog; the next Esc is the page\'s own', async () => {
    const { page, dialogOpen } = await answerInDialog(h);
    await stepToWeAction(page, page.mainFrame(), 'Alt+Shift+Period');
    await page.keyboard.press('Escape');
    await uiWait(page, CARD, '.card', { state: 'detached', timeout: 5_000 });
    expect(await dialogOpen()).toBe(true);
    await page.keyboard.press('Alt+Shift+L');
    await uiWait(page, CARD, '.list', { timeout: 5_000 });
    await page.keyboard.press('Escape');
    await uiWait(page, CARD, '.list', { state: 'detached', timeout: 5_000 });
    expect(await dialogOpen()).toBe(true);
    // With nothing of ours open, Esc is the page's: the dialog closes as it always does.
    await page.keyboard.press('Escape');
    await expect.poll(dialogOpen, { timeout: 5_000 }).toBe(false);
    expect(await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).value)).toBe(ANSWER);
    await page.close();
  });

  it('a modal dialog closed and opened again: the underlines and badge are drawn above it again', async () => {
    const { page, dialogOpen } = await answerInDialog(h);
    await expect.poll(() => drawnOnTop(page.mainFrame()), { timeout: 5_000 }).toEqual({ underline: true, badge: true });
    await page.mouse.move(5, 5); // no card opened by hovering
    await uiWait(page, CARD, '.card', { state: 'detached', timeout: 5_000 });
    await page.keyboard.press('Escape'); // nothing of ours is open: the dialog closes
    await expect.poll(dialogOpen).toBe(false);
    await page.click('#open');
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.keyboard.type(' Then I fixed it.');
    await expect.poll(() => drawnOnTop(page.mainFrame()), { timeout: 5_000 }).toEqual({ underline: true, badge: true });
    await page.close();
  });

  it('opens a rich editor\'s card by hover and by keyboard, and applies through the editor from the keyboard', async () => {
    const page = await h.open('editors/lexical.html');
    const frame = page.mainFrame();
    await typeAnswer(page, frame, PAGES.find((p) => p.name === 'Lexical')!);
    await waitFor(() => underlined(frame), (u) => u.includes(FLAGGED), 'the we-action underline');
    const { x, y } = await highlightPoint(page, frame);
    await page.mouse.move(x, y);
    await uiWait(page, CARD, '.card', { timeout: 5_000 });
    await page.mouse.move(5, 5);
    await uiWait(page, CARD, '.card', { state: 'detached', timeout: 5_000 });
    await stepToWeAction(page, frame, 'Alt+Shift+Comma');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.keyboard.press('Alt+Shift+Enter');
    await waitFor(() => editorText(frame), (t) => t === `${PROBLEM} ${REWRITE}`, 'the keyboard Apply in Lexical');
    await page.close();
  });

  it('keeps textarea highlights aligned when the page is zoomed with CSS zoom', async () => {
    const page = await h.open('editors/align.html');
    await page.evaluate(() => (document.getElementById('scroller')!.style.zoom = '1.25'));
    await page.click('#editor');
    await page.keyboard.type(`${PROBLEM}\n${WEAK}`, { delay: 1 });
    await uiWait(page, MIRROR, '.star-coach-mark', { hasText: FLAGGED });
    const offsets = await inUi(page, async (ui, flagged) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const mark = ui.all('star-coach-mirror', '.star-coach-mark').find((m) => m.textContent === flagged)!;
      const rects = [...mark.getClientRects()];
      const at = (x: number, y: number) => document.caretPositionFromPoint(x, y)?.offset ?? null;
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { start: at(first.left + 2, first.top + first.height / 2), end: at(last.right - 2, last.top + last.height / 2) };
    }, FLAGGED);
    expect(offsets).toEqual({ start: PROBLEM.length + 1, end: PROBLEM.length + 1 + FLAGGED.length });
    await page.close();
  });

  it('lists findings from the badge and restores a dismissed one', async () => {
    const page = await h.open('editors/textarea.html');
    await page.click('#editor');
    const text = `${ANSWER} We rolled out the fix.`;
    const total = reportOf(text).findings.length;
    const expected = spansOf(text);
    // Two we-action findings with underlines, and the engine's findings without one.
    expect(expected).toEqual(expect.arrayContaining([FLAGGED, 'We rolled out']));
    await page.keyboard.type(text);
    await waitFor(() => badgeCount(page.mainFrame()), (n) => n === total, `the badge to count the engine's ${total} findings`);
    expect(sorted(await underlined(page.mainFrame()))).toEqual(expected);
    await uiClick(page, BADGE, '.badge');
    await uiWait(page, CARD, '.list', { timeout: 5_000 });
    // The list holds every finding, the missing pieces too.
    expect(await uiAll(page, CARD, '.list .findings li')).toHaveLength(total);
    await uiClick(page, CARD, '.list .findings button.item', { hasText: `“${FLAGGED}”` });
    expect((await cardState(await cardIn(page, page.mainFrame()))).findingId).toBe('we-action');
    await uiClick(page, CARD, '.card button.dismiss');
    expect(sorted(await waitFor(() => underlined(page.mainFrame()), (u) => !u.includes(FLAGGED), 'its underline to go'))).toEqual(without(expected, FLAGGED));
    expect(await badgeCount(page.mainFrame())).toBe(total - 1);

    await uiClick(page, BADGE, '.badge');
    const dismissed = await uiWait(page, CARD, '.list .dismissed li');
    expect(await uiAll(page, CARD, '.list .dismissed li')).toHaveLength(1);
    expect(dismissed!.text).toContain(`“${FLAGGED}”`);
    await uiClick(page, CARD, '.list .dismissed button.restore');
    expect(sorted(await waitFor(() => underlined(page.mainFrame()), (u) => u.includes(FLAGGED), 'the restored underline'))).toEqual(expected);
    expect(await badgeCount(page.mainFrame())).toBe(total);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.close();
  });

  it('styles highlights inside a shadow root, where the extension stylesheet does not reach', async () => {
    const page = await h.open('editors/shadow.html');
    await typeAnswer(page, page.mainFrame(), { name: 'shadow', path: '', editor: 'answer-box #editor' });
    await waitFor(() => underlined(page.mainFrame()), (u) => u.includes(FLAGGED), 'the we-action underline');
    const rules = await page.evaluate(() =>
      document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)),
    );
    // Under this run's own name for ownership: the one its underline's colour is drawn by.
    expect(rules.some((r) => /^::highlight\(h[0-9a-f]+\)/.test(r) && r.includes('underline') && r.includes('rgb(225, 74, 63)'))).toBe(true);
    expect((await highlightsByDimension(page)).ownership).toContain(FLAGGED);
    await page.close();
  });

  it('selects the first [placeholder] of an applied rewrite so the user types over it', async () => {
    const page = await h.open('editors/apply-lab.html');
    const rewrite = 'The fix cut failures by [X]% in [N] weeks.';
    for (const id of ['ta', 'ce']) {
      const outcome = await page.evaluate(([id, text]) => (window as unknown as { __apply(...a: unknown[]): Promise<string> }).__apply(id, 0, 21, text), [id, rewrite]);
      expect(outcome).toBe('applied');
      expect(await page.evaluate((id) => (window as unknown as { __selected(id: string): string }).__selected(id), id)).toBe('[X]');
      await page.keyboard.type('40');
      const text = await page.evaluate((id) => { const el = document.getElementById(id)!; return el instanceof HTMLTextAreaElement ? el.value : el.innerText.trim(); }, id);
      expect(text).toBe('The fix cut failures by 40% in [N] weeks. We moved on.');
    }
    await page.close();
  });

  it('copies the rewrite and says so when the editor refuses the change', async () => {
    await h.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.baseUrl });
    const page = await h.open('editors/refuse.html');
    const frame = page.mainFrame();
    await typeAnswer(page, frame, { name: 'refuse', path: '', editor: '#editor' });
    await waitFor(() => underlined(frame), (u) => u.includes(FLAGGED), 'the we-action underline');
    await openCard(page, frame);
    await uiClick(page, CARD, 'button.apply');
    expect((await uiWait(page, CARD, '.status', { timeout: 5_000 }))!.text).toMatch(/clipboard/);
    expect(await editorText(frame)).toBe(ANSWER);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(REWRITE);
    await page.close();
  });

  it('leaves the host pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

// Windows and most Linux desktops draw classic scrollbars, which take room from a textarea's text:
// the textarea rows once more with them on, the answer in a long paragraph at the bottom of a
// scrolled field, where a mirror without the scrollbar's gutter would wrap its lines elsewhere.
describe('textarea underlines with classic scrollbars', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ classicScrollbars: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  const CONTEXT = 'The service took payments for four regions and shared its cluster with the jobs of many other teams.';
  const lines = Array.from({ length: 10 }, (_, i) => `Line ${i + 1} of the situation.`).join('\n');

  /**
   * The answer, with a reference number long enough that in the field (its text narrowed by the
   * scrollbar) "We" starts a new line, while in a box as wide as the field without the scrollbar
   * it would still fit on the line before: where a mirror without the gutter goes wrong.
   */
  const textFor = (page: Page, selector: string) =>
    page.locator(selector).evaluate(
      (field, parts) => {
        const cs = getComputedStyle(field);
        const content = (field as HTMLElement).clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        const gutter = (field as HTMLElement).offsetWidth - (field as HTMLElement).clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
        const starts = (paragraph: string, width: number) => {
          const probe = document.createElement('div');
          probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre-wrap;overflow-wrap:break-word;width:${width}px;font:${cs.font};letter-spacing:${cs.letterSpacing}`;
          const at = paragraph.indexOf(parts.weak);
          const mark = document.createElement('span');
          mark.textContent = parts.weak.slice(0, 2);
          probe.append(paragraph.slice(0, at), mark, paragraph.slice(at + 2));
          document.body.append(probe);
          const onNewLine = mark.offsetLeft === 0;
          probe.remove();
          return onNewLine;
        };
        for (let n = 1; n < 80; n++) {
          const paragraph = `Ticket ${'7'.repeat(n)}: ${parts.context} ${parts.problem} ${parts.weak}`;
          if (starts(paragraph, content) && !starts(paragraph, content + gutter)) return paragraph;
        }
        return null;
      },
      { context: CONTEXT, problem: PROBLEM, weak: WEAK },
    );

  it.each(PAGES.filter((p) => ['textarea', 'React-controlled textarea', 'textarea in a modal dialog'].includes(p.name)))(
    'keeps the underline on its words in $name',
    async (spec) => {
      const page = await h.open(spec.path);
      await page.addStyleTag({ content: '::-webkit-scrollbar { width: 17px; height: 17px; } ::-webkit-scrollbar-thumb { background: #888; } ::-webkit-scrollbar-track { background: #eee; }' });
      const field = page.locator(spec.editor);
      await field.click();
      // The field scrolls (its scrollbar shows), then the answer's paragraph is laid out against it.
      await page.keyboard.insertText(`${lines}\n`);
      const gutter = await field.evaluate((el) => (el as HTMLElement).offsetWidth - (el as HTMLElement).clientWidth - 2);
      expect(gutter).toBeGreaterThan(10); // the scrollbar really takes room
      const paragraph = await textFor(page, spec.editor);
      expect(paragraph).not.toBeNull();
      // Typed in one go (insertText): what matters is the layout, not the keystrokes.
      await page.keyboard.insertText(paragraph!);
      const text = `${lines}\n${paragraph}`;
      expect(spansOf(text)).toContain(FLAGGED);
      await waitFor(() => underlined(page.mainFrame()), (u) => u.includes(FLAGGED), 'the we-action underline');
      const start = text.indexOf(WEAK);
      const offsets = await inUi(page, async (ui, flagged) => {
        const document = ui.document;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const mark = ui.all('star-coach-mirror', '.star-coach-mark').find((m) => m.textContent === flagged)!;
        const rects = [...mark.getClientRects()];
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        const at = (x: number, y: number) => document.caretPositionFromPoint(x, y)?.offset ?? null;
        return { start: at(first.left + 2, first.top + first.height / 2), end: at(last.right - 2, last.top + last.height / 2) };
      }, FLAGGED);
      // The textarea's own caret offsets under the mark's first and last letters (the browser's hit-testing).
      expect(offsets).toEqual({ start, end: start + FLAGGED.length });
      await page.close();
    },
  );
});

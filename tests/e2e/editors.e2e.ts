import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, type Harness } from './harness';

const WEAK = 'We figured out the root cause together.';
const FLAGGED = 'We figured out';
const REWRITE = 'I figured out the root cause.';

interface EditorPage {
  name: string;
  path: string;
  /** The editor is inside this iframe. */
  frame?: string;
  /** The editor to click and type in (Playwright CSS pierces open shadow roots). */
  editor: string;
  /** Text already in the editor's model before the typed answer (a block editor's earlier blocks). */
  before?: string;
}

const PAGES: EditorPage[] = [
  { name: 'textarea', path: 'editors/textarea.html', editor: '#editor' },
  { name: 'React-controlled textarea', path: 'editors/react-textarea.html', editor: '#editor' },
  { name: 'Quill', path: 'editors/quill.html', editor: '.ql-editor' },
  { name: 'ProseMirror', path: 'editors/prosemirror.html', editor: '.ProseMirror' },
  { name: 'Lexical', path: 'editors/lexical.html', editor: '#editor' },
  { name: 'Draft.js', path: 'editors/draft.html', editor: '.public-DraftEditor-content' },
  { name: 'Slate', path: 'editors/slate.html', editor: '[data-slate-editor]' },
  { name: 'Notion-like blocks', path: 'editors/notion.html', editor: '#editor', before: 'Our checkout service dropped orders every night.\n' },
  { name: 'same-origin iframe', path: 'editors/iframe.html', frame: '#frame', editor: '#editor' },
  { name: 'about:blank iframe', path: 'editors/iframe-blank.html', frame: '#frame', editor: '#editor' },
  { name: 'open shadow root', path: 'editors/shadow.html', editor: 'answer-box #editor' },
  { name: 'textarea in an open shadow root', path: 'editors/shadow.html?textarea', editor: 'answer-box #editor' },
];

/** The frame the editor lives in. */
async function frameOf(page: Page, spec: EditorPage): Promise<Frame> {
  if (!spec.frame) return page.mainFrame();
  const handle = await page.waitForSelector(spec.frame);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** What is underlined in the frame: the textarea mirror's marks, or the CSS highlight ranges. */
function underlined(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const marks = [...document.querySelectorAll('star-coach-mirror')].flatMap((m) => [...m.shadowRoot!.querySelectorAll('.star-coach-mark')]);
    if (marks.length > 0) return marks.map((m) => m.textContent ?? '');
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...registry.values()].flatMap((h) => [...h].map((r) => r.toString()));
  });
}

/** The first underlined word's centre, in page (top frame) coordinates. */
async function highlightPoint(page: Page, frame: Frame): Promise<{ x: number; y: number }> {
  const inner = await frame.evaluate(() => {
    const mark = [...document.querySelectorAll('star-coach-mirror')].flatMap((m) => [...m.shadowRoot!.querySelectorAll('.star-coach-mark')])[0];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const range = [...registry.values()].flatMap((h) => [...h])[0];
    const r = (mark ?? range)!.getClientRects()[0]!;
    return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 };
  });
  if (frame === page.mainFrame()) return inner;
  // The iframe's content box starts inside its 1px border.
  const box = await (await frame.frameElement()).boundingBox();
  return { x: inner.x + box!.x + 1, y: inner.y + box!.y + 1 };
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
  await page.keyboard.type(WEAK, { delay: 5 });
  await waitFor(() => editorText(frame), (t) => t === `${spec.before ?? ''}${WEAK}`, 'the editor to hold the typed answer');
}

async function openCard(page: Page, frame: Frame): Promise<void> {
  const { x, y } = await highlightPoint(page, frame);
  await page.mouse.click(x, y);
  await frame.locator('star-coach-card .card').waitFor({ timeout: 5_000 });
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
    expect(await waitFor(() => underlined(frame), (u) => u.length > 0, 'an underline')).toEqual([FLAGGED]);

    await openCard(page, frame);
    const card = frame.locator('star-coach-card .card');
    expect(await card.getAttribute('data-finding-id')).toBe('we-action');
    expect(await card.locator('.suggestion').textContent()).toBe(REWRITE);
    await card.locator('button.apply').click();
    // The editor's own model (or React state) has the new text.
    await waitFor(() => editorText(frame), (t) => t === `${spec.before ?? ''}${REWRITE}`, 'the rewrite in the editor model');
    expect(await frame.locator('star-coach-card .card').count()).toBe(0);

    await page.keyboard.press('Control+z');
    await waitFor(() => editorText(frame), (t) => t === `${spec.before ?? ''}${WEAK}`, 'undo to restore the answer');
    await page.close();
  });

  it('dismisses a finding, and it stays dismissed after a reload', async () => {
    let page = await h.open(spec.path);
    let frame = await frameOf(page, spec);
    await typeAnswer(page, frame, spec);
    await waitFor(() => underlined(frame), (u) => u.length > 0, 'an underline');
    await openCard(page, frame);
    await frame.locator('star-coach-card button.dismiss').click();
    await waitFor(() => underlined(frame), (u) => u.length === 0, 'the underline to go');
    await page.close();

    page = await h.open(spec.path);
    frame = await frameOf(page, spec);
    await typeAnswer(page, frame, spec);
    // The badge shows the report arrived; nothing is underlined and it counts nothing open.
    await frame.locator('star-coach-badge[data-count]').waitFor({ state: 'attached', timeout: 10_000 });
    expect(await frame.locator('star-coach-badge').getAttribute('data-count')).toBe('0');
    expect(await underlined(frame)).toEqual([]);
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
      await page.keyboard.type(WEAK, { delay: 2 });
    }
    await page.locator('star-coach-mirror .star-coach-mark').waitFor({ state: 'attached', timeout: 10_000 });
    // Give any (wrong) analysis of the other fields time to arrive.
    await page.waitForTimeout(800);
    const drawn = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return {
        mirrors: document.querySelectorAll('star-coach-mirror').length,
        badges: document.querySelectorAll('star-coach-badge').length,
        ranges: [...registry.values()].reduce((n, hl) => n + hl.size, 0),
      };
    });
    expect(drawn).toEqual({ mirrors: 1, badges: 1, ranges: 0 });
    expect(await page.inputValue('#password')).toBe(WEAK);
    await page.close();
  });

  it('keeps textarea highlights on their words under a sticky header, in a scrolled container, in a transformed ancestor', async () => {
    const page = await h.open('editors/align.html');
    await page.click('#editor');
    const filler = Array.from({ length: 8 }, (_, i) => `Line ${i + 1} of the situation.`).join('\n');
    await page.keyboard.type(`${WEAK}\n${filler}`, { delay: 1 });
    await page.locator('star-coach-mirror .star-coach-mark').waitFor({ state: 'attached', timeout: 10_000 });

    /** The textarea's own caret offsets under the first and last letters of the mark (the browser's hit-testing, not ours). */
    const offsets = () =>
      page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const mark = document.querySelector('star-coach-mirror')!.shadowRoot!.querySelector('.star-coach-mark')!;
        const rects = [...mark.getClientRects()];
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        const at = (x: number, y: number) => {
          const p = document.caretPositionFromPoint(x, y);
          return p && p.offsetNode === document.getElementById('editor') ? p.offset : null;
        };
        return { start: at(first.left + 2, first.top + first.height / 2), end: at(last.right - 2, last.top + last.height / 2) };
      });
    // Typing scrolled the textarea down past the flagged line; the mirror follows it back up.
    expect(await page.evaluate(() => document.getElementById('editor')!.scrollTop)).toBeGreaterThan(0);
    await page.evaluate(() => (document.getElementById('editor')!.scrollTop = 0));
    expect(await offsets()).toEqual({ start: 0, end: FLAGGED.length });

    await page.evaluate(() => document.getElementById('scroller')!.scrollBy(0, 45));
    expect(await offsets()).toEqual({ start: 0, end: FLAGGED.length });

    // Under the sticky header: the mirror is clipped where the header covers the field.
    await page.evaluate(() => window.scrollTo(0, 260));
    const clip = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = document.querySelector('star-coach-mirror')!.shadowRoot!.firstElementChild as HTMLElement;
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
    await page.keyboard.type(WEAK);
    await page.locator('star-coach-mirror .star-coach-mark').waitFor({ state: 'attached', timeout: 10_000 });
    const { x, y } = await highlightPoint(page, page.mainFrame());
    await page.mouse.move(x, y);
    await page.locator('star-coach-card .card').waitFor({ timeout: 5_000 });
    await page.mouse.move(5, 5);
    await page.locator('star-coach-card .card').waitFor({ state: 'detached', timeout: 5_000 });

    // Keep typing: the underline shifts with the text until the next report.
    await page.keyboard.press('End');
    await page.keyboard.type(' Then I fixed it.');
    expect(await underlined(page.mainFrame())).toEqual([FLAGGED]);
    await page.keyboard.press('Alt+Shift+Period');
    await page.locator('star-coach-card .card').waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.keyboard.press('Alt+Shift+Enter');
    await waitFor(() => page.inputValue('#editor'), (v) => v === `${REWRITE} Then I fixed it.`, 'the keyboard Apply');
    // The caret is after the new text.
    expect(await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).selectionStart)).toBe(REWRITE.length);
    await page.close();
  });

  it('opens a rich editor\'s card by hover and by keyboard, and applies through the editor from the keyboard', async () => {
    const page = await h.open('editors/lexical.html');
    const frame = page.mainFrame();
    await typeAnswer(page, frame, PAGES.find((p) => p.name === 'Lexical')!);
    await waitFor(() => underlined(frame), (u) => u.length > 0, 'an underline');
    const { x, y } = await highlightPoint(page, frame);
    await page.mouse.move(x, y);
    await page.locator('star-coach-card .card').waitFor({ timeout: 5_000 });
    await page.mouse.move(5, 5);
    await page.locator('star-coach-card .card').waitFor({ state: 'detached', timeout: 5_000 });
    await page.keyboard.press('Alt+Shift+Comma');
    await page.locator('star-coach-card .card').waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.keyboard.press('Alt+Shift+Enter');
    await waitFor(() => editorText(frame), (t) => t === REWRITE, 'the keyboard Apply in Lexical');
    await page.close();
  });

  it('keeps textarea highlights aligned when the page is zoomed with CSS zoom', async () => {
    const page = await h.open('editors/align.html');
    await page.evaluate(() => (document.getElementById('scroller')!.style.zoom = '1.25'));
    await page.click('#editor');
    await page.keyboard.type(WEAK, { delay: 1 });
    await page.locator('star-coach-mirror .star-coach-mark').waitFor({ state: 'attached', timeout: 10_000 });
    const offsets = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const rects = [...document.querySelector('star-coach-mirror')!.shadowRoot!.querySelector('.star-coach-mark')!.getClientRects()];
      const at = (x: number, y: number) => document.caretPositionFromPoint(x, y)?.offset ?? null;
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { start: at(first.left + 2, first.top + first.height / 2), end: at(last.right - 2, last.top + last.height / 2) };
    });
    expect(offsets).toEqual({ start: 0, end: FLAGGED.length });
    await page.close();
  });

  it('lists findings from the badge and restores a dismissed one', async () => {
    const page = await h.open('editors/textarea.html');
    await page.click('#editor');
    await page.keyboard.type('Last year we refactored the billing job. We rolled out the fix.');
    await waitFor(() => underlined(page.mainFrame()), (u) => u.length === 2, 'two underlines');
    await page.locator('star-coach-badge .badge').click();
    const list = page.locator('star-coach-card .list');
    await list.waitFor({ timeout: 5_000 });
    expect(await list.locator('.findings li').count()).toBe(2);
    await list.locator('.findings button.item').first().click();
    await page.locator('star-coach-card .card button.dismiss').click();
    await waitFor(() => underlined(page.mainFrame()), (u) => u.length === 1, 'one underline left');
    expect(await page.locator('star-coach-badge').getAttribute('data-count')).toBe('1');

    await page.locator('star-coach-badge .badge').click();
    await list.locator('.dismissed button.restore').click();
    await waitFor(() => underlined(page.mainFrame()), (u) => u.length === 2, 'the restored underline');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.close();
  });

  it('styles highlights inside a shadow root, where the extension stylesheet does not reach', async () => {
    const page = await h.open('editors/shadow.html');
    await typeAnswer(page, page.mainFrame(), { name: 'shadow', path: '', editor: 'answer-box #editor' });
    await waitFor(() => underlined(page.mainFrame()), (u) => u.length > 0, 'an underline');
    const rules = await page.evaluate(() =>
      document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)),
    );
    expect(rules.some((r) => r.startsWith('::highlight(star-coach-ownership)') && r.includes('underline'))).toBe(true);
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
    await waitFor(() => underlined(frame), (u) => u.length > 0, 'an underline');
    await openCard(page, frame);
    await page.locator('star-coach-card button.apply').click();
    const status = page.locator('star-coach-card .status');
    await status.waitFor({ timeout: 5_000 });
    expect(await status.textContent()).toMatch(/clipboard/);
    expect(await editorText(frame)).toBe(WEAK);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(REWRITE);
    await page.close();
  });

  it('leaves the host pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

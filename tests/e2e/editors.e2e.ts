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
  const box = await (await frame.frameElement()).boundingBox();
  const border = await frame.evaluate(() => 0);
  return { x: inner.x + box!.x + 1 + border, y: inner.y + box!.y + 1 };
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

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD, inUi, launch, uiAll, uiClick, uiWait, type Harness } from './harness';
import { analyze } from '../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../lib/settings';

// The Docs adapter against tests/fixtures/pages/gdocs/, an imitation of Docs' canvas editor with
// the annotated-canvas hook. The query flag is what points the adapter at the fixture
// (content/gdocs/docs-page.ts).
const HOOK = 'gdocs/hook.html?star-coach-docs-fixture=1';
const NO_HOOK = 'gdocs/no-hook.html?star-coach-docs-fixture=1';
// The Docs layer's host and its marks (inside its closed root: read from the content script's world).
// The card is a closed host of its own inside that layer (CARD).
const DOCS = 'star-coach-docs';
const MARK = '.star-coach-mark';

interface Box { x: number; y: number; width: number; height: number }

/** Where characters [from, to) of the line rect whose label contains `words` are drawn, measured in the page. */
async function wordsBox(page: Page, words: string): Promise<Box & { lineY: number }> {
  return page.evaluate((w) => {
    const rect = [...document.querySelectorAll('.kix-appview-editor svg rect[aria-label]')].find((r) =>
      r.getAttribute('aria-label')!.includes(w),
    );
    if (!rect) throw new Error(`no line rect with "${w}"`);
    const label = rect.getAttribute('aria-label')!;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = rect.getAttribute('data-font-css')!;
    const from = label.indexOf(w);
    const r = rect.getBoundingClientRect();
    const x = r.left + ctx.measureText(label.slice(0, from)).width;
    return { x, y: r.top, width: ctx.measureText(w).width, height: r.height, lineY: r.top };
  }, words);
}

async function markBoxes(page: Page): Promise<Array<Box & { id: string; key: string; dimension: string }>> {
  return (await uiAll(page, DOCS, MARK)).map((m) => ({ id: m.attrs['data-finding-id']!, key: m.attrs['data-key']!, dimension: m.attrs['data-dimension']!, ...m.box }));
}

/** Wait until the Docs layer shows a mark. */
const firstMark = (page: Page) => uiWait(page, DOCS, MARK, { timeout: 10_000 });
/** The keys (the words each mark covers) of the Docs layer's marks. */
const markKeys = async (page: Page) => (await markBoxes(page)).map((m) => m.key);
/** Wait until some mark satisfies `ok`. */
const untilMark = (page: Page, ok: (m: Box & { id: string; key: string; dimension: string }) => boolean, timeout = 10_000) =>
  expect.poll(async () => (await markBoxes(page)).some(ok), { timeout }).toBe(true);

describe('Google Docs adapter (fixture)', () => {
  let h: Harness;
  /** An extension page, to send protocol messages the way the popup and side panel do. */
  let ext: Page;

  const tabIdOf = async () =>
    // The newest tab is the fixture page just opened (tab URLs are hidden: the extension has no "tabs" permission).
    h.worker.evaluate<number>('(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)))()');

  /** Send a protocol message (platform/protocol.ts) from the extension page, to the worker or to a tab. */
  const send = async <T>(type: string, data: unknown, tabId?: number): Promise<T> =>
    ext.evaluate(
      async ([type, data, tabId]) => {
        const c = (globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        }).chrome;
        const message = { id: 1, type, data, timestamp: Date.now() };
        const reply = (await (tabId === undefined ? c.runtime.sendMessage(message) : c.tabs.sendMessage(tabId as number, message))) as { res?: unknown; err?: { message: string } };
        if (reply?.err) throw new Error(reply.err.message);
        return reply?.res as never;
      },
      [type, data, tabId] as const,
    );

  beforeAll(async () => {
    h = await launch();
    ext = await h.open(`chrome-extension://${h.extensionId}/popup.html`);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sets Docs\' flag to this extension\'s id before Docs loads, without exposing the channel to the page', async () => {
    const page = await h.open(HOOK);
    await page.waitForFunction(() => (window as unknown as { __fixture: { ready?: boolean } }).__fixture.ready);
    const seen = await page.evaluate(() => {
      const f = (window as unknown as { __fixture: { flagSeen: unknown; accepted: boolean; connectSeen: number } }).__fixture;
      return { flag: f.flagSeen, accepted: f.accepted, connectSeen: f.connectSeen, attr: document.documentElement.hasAttribute('data-star-coach-docs') };
    });
    expect(seen).toEqual({ flag: h.extensionId, accepted: true, connectSeen: 0, attr: false });
    await page.close();
  });

  it('reads the text through the hook and underlines the answer at the caret over the right line rectangles', async () => {
    const page = await h.open(HOOK);
    await firstMark(page);

    // The tab's report is the first answer (the caret is in it), read through the hook.
    const tabId = await tabIdOf();
    const report = await send<{ text: string; fieldKind: string } | null>('getTabReport', { tabId });
    expect(report?.fieldKind).toBe('google-docs');
    expect(report?.text).toBe(
      'Our team ran a nightly job that synced orders to the warehouse. The logs were analyzed and we figured out the root cause together.\n' +
        'We deployed a fix and the team was happy. I learned that communication is important.',
    );

    const marks = await markBoxes(page);
    const we = marks.filter((m) => m.id === 'we-action');
    expect(we.length).toBeGreaterThan(0);
    const expected = await wordsBox(page, 'we figured out');
    const drawn = we.find((m) => Math.abs(m.y - expected.y) < 1)!;
    expect(drawn, 'a we-action mark on the line that holds "we figured out"').toBeDefined();
    expect(drawn.x).toBeCloseTo(expected.x, 0);
    expect(drawn.width).toBeCloseTo(expected.width, 0);
    expect(drawn.height).toBeCloseTo(expected.height, 0);

    // Nothing is drawn on the second answer's lines: only the answer at the caret is coached.
    const second = await wordsBox(page, 'I disagreed with a senior engineer');
    expect(marks.every((m) => m.y < second.lineY)).toBe(true);
    await page.close();
  });

  it('follows the caret into another answer, and follows scroll and zoom', async () => {
    const page = await h.open(HOOK);
    await firstMark(page);
    const second = await wordsBox(page, 'I disagreed with a senior engineer');
    await page.mouse.click(second.x + 20, second.y + second.height / 2); // Docs moves its caret there
    await untilMark(page, (m) => m.y >= second.lineY - 1);
    const tabId = await tabIdOf();
    const report = await send<{ text: string } | null>('getTabReport', { tabId });
    expect(report?.text.startsWith('I disagreed with a senior engineer')).toBe(true);

    // The second answer's we-action, as the engine reads it (not hard-coded: the engine decides which words).
    const weAction = analyze(report!.text, DEFAULT_SETTINGS).findings.find((f) => f.id === 'we-action' && f.start !== undefined);
    expect(weAction, 'the engine flags a we-action in the second answer').toBeDefined();
    const words = report!.text.slice(weAction!.start, weAction!.end);
    const target = await wordsBox(page, words);
    const before = (await markBoxes(page)).find((m) => m.id === 'we-action' && Math.abs(m.y - target.y) < 1 && m.x <= target.x + 1 && m.x + m.width >= target.x + target.width - 1);
    expect(before, `a we-action mark over "${words}"`).toBeDefined();

    await page.evaluate(() => document.querySelector('.kix-appview-editor')!.scrollBy(0, 60));
    await untilMark(page, (m) => Math.abs(m.y - (before!.y - 60)) < 1, 30_000);

    await page.evaluate(() => (window as unknown as { __fixture: { setZoom(z: number): void } }).__fixture.setZoom(1.25));
    const zoomed = await wordsBox(page, words);
    await untilMark(page, (m) => Math.abs(m.y - zoomed.y) < 1 && m.x <= zoomed.x + 1 && m.x + m.width >= zoomed.x + zoomed.width - 1, 30_000);
    await page.close();
  });

  it('applies a rewrite through Docs\' selection and text-event iframe, and confirms it through the hook', async () => {
    const page = await h.open(HOOK);
    await firstMark(page);
    const box = (await markBoxes(page)).find((m) => m.id === 'we-action')!;
    const before = await page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text());
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const rewrite = (await uiWait(page, CARD, '.card [data-testid="rewrite"]', { timeout: 5000 }))!.text;
    expect(rewrite).toContain('I figured out');
    // Docs' own scripts see the layer exists, but not into it: the marks and the card are in closed roots.
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.tagName.toLowerCase().startsWith('star-coach'))
        .map((el) => ({ tag: el.tagName.toLowerCase(), open: el.shadowRoot !== null, attributes: [...el.attributes].map((a) => a.name).filter((n) => n !== 'style'), text: el.textContent })),
    );
    expect(seen).toContainEqual({ tag: 'star-coach-docs', open: false, attributes: [], text: '' });
    for (const host of seen) expect(host, host.tag).toMatchObject({ open: false, attributes: [], text: '' });
    await uiClick(page, CARD, '.card button.apply');
    await uiWait(page, CARD, '.card', { state: 'detached', timeout: 10_000 });

    const after = await page.evaluate(() => {
      const f = (window as unknown as { __fixture: { text(): string; selectionCalls: number[][] } }).__fixture;
      return { text: f.text(), calls: f.selectionCalls };
    });
    const sentence = 'The logs were analyzed and we figured out the root cause together.';
    const start = before.indexOf(sentence);
    expect(after.calls).toContainEqual([start, start + sentence.length]);
    expect(after.text).toBe(before.slice(0, start) + rewrite + before.slice(start + sentence.length));
    // The document is checked again: the words it replaced are no longer underlined.
    await expect
      .poll(async () => {
        const keys = await markKeys(page);
        return keys.length > 0 && !keys.some((k) => k.includes('we figured out'));
      }, { timeout: 10_000 })
      .toBe(true);
    await page.close();
  });

  it('dismisses a finding for good, and follows the settings (live dimensions, per-site switch)', async () => {
    const page = await h.open(HOOK);
    await firstMark(page);
    const keys = () => markKeys(page);
    const figured = (await markBoxes(page)).find((m) => m.id === 'we-action')!;
    await page.mouse.click(figured.x + figured.width / 2, figured.y + figured.height / 2);
    await uiClick(page, CARD, '.card button.dismiss');
    expect((await keys()).some((k) => k.includes('we figured out'))).toBe(false);
    expect((await keys()).some((k) => k.includes('We deployed'))).toBe(true);
    // Typing elsewhere makes a new report; the dismissed finding stays hidden.
    const second = await wordsBox(page, 'I disagreed with a senior engineer');
    await page.mouse.click(second.x, second.y + second.height / 2);
    await page.waitForFunction(() => document.activeElement?.classList.contains('docs-texteventtarget-iframe'));
    await page.keyboard.type('Honestly, ');
    await page.mouse.click(figured.x + figured.width + 30, figured.y + figured.height / 2);
    await page.waitForFunction(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text().includes('Honestly, '));
    await untilMark(page, (m) => m.key.includes('We deployed'));
    expect((await keys()).some((k) => k.includes('we figured out'))).toBe(false);
    // For good: after a reload of the document (kept as a hash for the site, like every editor's).
    await page.reload();
    await untilMark(page, (m) => m.key.includes('We deployed'));
    await page.waitForTimeout(300);
    expect((await keys()).some((k) => k.includes('we figured out'))).toBe(false);

    const setSettings = (settings: object) =>
      h.worker.evaluate(`chrome.storage.sync.set({ settings: ${JSON.stringify(settings)} })`);
    const all = ['ownership', 'scope', 'quantification', 'validation', 'reflection', 'structure'];
    await setSettings({ liveDimensions: all.filter((d) => d !== 'ownership') });
    await expect.poll(async () => (await markBoxes(page)).filter((m) => m.dimension === 'ownership').length, { timeout: 10_000 }).toBe(0);
    await setSettings({ liveDimensions: all, disabledSites: [h.baseUrl] });
    await expect.poll(async () => (await markBoxes(page)).length, { timeout: 10_000 }).toBe(0);
    await setSettings({ liveDimensions: all, disabledSites: [] });
    await expect.poll(async () => (await markBoxes(page)).filter((m) => m.dimension === 'ownership').length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the findings\' cards from the keyboard while typing in Docs, and Esc closes them', async () => {
    const page = await h.open(HOOK);
    await firstMark(page);
    const text = () => page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text());
    const before = await text();
    // Put the caret in the answer (after a line's last word): keys now go to Docs' text-event iframe.
    const figured = (await markBoxes(page)).find((m) => m.id === 'we-action')!;
    await page.mouse.click(figured.x + figured.width + 30, figured.y + figured.height / 2);
    await page.waitForFunction(() => document.activeElement?.classList.contains('docs-texteventtarget-iframe'));
    const excerpts = (await markKeys(page))
      .map((k) => k.split('|')[2]!)
      .filter((v, i, all) => all.indexOf(v) === i);
    expect(excerpts.length).toBeGreaterThan(1);
    const excerpt = async () => (await uiWait(page, CARD, '.card .excerpt', { timeout: 5_000 }))!.text.replace(/[“”]/g, '');
    await page.keyboard.press('Alt+Shift+Period');
    await uiWait(page, CARD, '.card', { timeout: 5_000 });
    const first = await excerpt();
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(excerpt).not.toBe(first);
    const second = await excerpt();
    expect(excerpts).toEqual(expect.arrayContaining([first, second]));
    await page.keyboard.press('Alt+Shift+Comma');
    await expect.poll(excerpt).toBe(first);
    await page.keyboard.press('Escape');
    await uiWait(page, CARD, '.card', { state: 'detached', timeout: 5_000 });
    // The keys moved between cards; none of them reached the document.
    expect(await text()).toBe(before);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });

  it('copies the rewrite and says so when Docs does not take the change', async () => {
    await h.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.baseUrl });
    const page = await h.open(HOOK);
    await firstMark(page);
    await page.evaluate(() => ((window as unknown as { __fixture: { dropTyping: boolean } }).__fixture.dropTyping = true));
    const before = await page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text());
    const box = (await markBoxes(page)).find((m) => m.id === 'we-action')!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const rewrite = (await uiWait(page, CARD, '.card [data-testid="rewrite"]', { timeout: 5000 }))!.text;
    await uiClick(page, CARD, '.card button.apply');
    const status = await uiWait(page, CARD, '.card .status', { hasText: 'clipboard', timeout: 10_000 });
    expect(status!.text).toContain('The rewrite is on your clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(rewrite);
    expect(await page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text())).toBe(before);
    await page.close();
  });

  it('without the hook: draws nothing, throws nothing, and still gives the selection\'s text by message', async () => {
    const page = await h.open(NO_HOOK);
    await page.waitForFunction(() => (window as unknown as { __fixture: { ready?: boolean } }).__fixture.ready);
    // The flag was set, Docs did not accept it: no annotated text, no line rectangles.
    expect(await page.evaluate(() => (window as unknown as { __fixture: { flagSeen: unknown; accepted: boolean } }).__fixture)).toMatchObject({
      flagSeen: h.extensionId,
      accepted: false,
    });
    const tabId = await tabIdOf();
    // The coach has asked the hook (debounce + round trip) and got nothing.
    await page.waitForTimeout(1500);
    expect(await markBoxes(page)).toEqual([]);
    expect(await send('getDocumentText', undefined, tabId)).toBeNull();

    const answer = 'The logs were analyzed and we figured out the root cause together.';
    await page.evaluate((a) => {
      const f = (window as unknown as { __fixture: { text(): string; selectRange(s: number, e: number): void } }).__fixture;
      const start = f.text().indexOf(a);
      f.selectRange(start, start + a.length);
    }, answer);
    const got = await send<{ text: string; source: string; fieldKind: string }>('getDocumentText', undefined, tabId);
    expect(got).toEqual({ text: answer, source: 'selection', fieldKind: 'google-docs' });
    const report = await send<{ findings: Array<{ id: string; suggestion?: { text: string } }> }>('analyzeText', { text: got.text });
    expect(report.findings.find((f) => f.id === 'we-action')?.suggestion?.text).toContain('I figured out');
    // The coach also analyses the selection as the tab's draft, so the popup shows it unchanged.
    await expect
      .poll(() => send<{ text: string; fieldKind: string } | null>('getTabReport', { tabId }), { timeout: 10_000 })
      .toMatchObject({ text: answer, fieldKind: 'google-docs' });
    expect(await markBoxes(page)).toEqual([]);
    await page.close();
  });

  it('keeps the channel private from a page that patches built-ins', async () => {
    const page = await h.open(`${HOOK}&hostile=1`);
    await firstMark(page);
    const seen = await page.evaluate(() => {
      const f = (window as unknown as { __fixture: { connectSeen: number; portPosts: number; portListeners: number } }).__fixture;
      return { connectSeen: f.connectSeen, portPosts: f.portPosts, portListeners: f.portListeners };
    });
    expect(seen).toEqual({ connectSeen: 0, portPosts: 0, portListeners: 0 });
    await page.close();
  });

  it('ignores what a page script posts at the hook', async () => {
    const page = await h.open(HOOK);
    await firstMark(page);
    const before = await page.evaluate(() => (window as unknown as { __fixture: { text(): string; selectionCalls: unknown[] } }).__fixture.selectionCalls.length);
    await page.evaluate(() => {
      const channel = new MessageChannel();
      window.postMessage({ type: 'star-coach-docs-connect', nonce: '0123456789abcdef0123456789abcdef' }, '*', [channel.port2]);
      channel.port1.postMessage({ kind: 'select', seq: 1, start: 0, end: 5 });
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __fixture: { selectionCalls: unknown[] } }).__fixture.selectionCalls.length)).toBe(before);
    await page.close();
  });

  it('leaves the fixture pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

describe('Google Docs adapter under a strict Content-Security-Policy', () => {
  let h: Harness;
  beforeAll(async () => {
    // Like Docs: no inline styles or scripts from markup. The overlay's styles must still apply.
    h = await launch({
      headers: (path): Record<string, string> =>
        path.startsWith('gdocs/') ? { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'" } : {},
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('draws styled marks over the right words and opens the card', async () => {
    const page = await h.open(HOOK);
    await firstMark(page);
    const expected = await wordsBox(page, 'we figured out');
    const drawn = (await markBoxes(page)).find((m) => m.id === 'we-action' && Math.abs(m.y - expected.y) < 1);
    expect(drawn).toBeDefined();
    expect(drawn!.x).toBeCloseTo(expected.x, 0);
    // One round trip: a redraw between resolving a mark and reading it would leave a detached element.
    const positions = await inUi(page, (ui) => ui.all('star-coach-docs', '.star-coach-mark').map((m) => getComputedStyle(m).position));
    expect(positions.length).toBeGreaterThan(0);
    expect(new Set(positions)).toEqual(new Set(['absolute']));
    await page.mouse.click(drawn!.x + drawn!.width / 2, drawn!.y + drawn!.height / 2);
    await uiWait(page, CARD, '.card', { timeout: 5000 });
    expect(await inUi(page, (ui) => getComputedStyle(ui.all('star-coach-card', '.card')[0]!).position)).toBe('fixed');
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, typeInto, waitFor, type FirefoxHarness } from './harness';
import { clickApply, docsMarks, docsRewrite, openCard, underlinePoint, underlined } from './our-ui';
import { analyze } from '../../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

// Pages in Firefox ESR beyond a plain field: rich editors, the Google Docs imitation, a page that
// patches the DOM's prototypes, and a tab that navigates. Findings expected are the engine's.
const PROBLEM = 'Our checkout service dropped orders every night.';
const WEAK = 'We figured out the root cause together.';
const ANSWER = `${PROBLEM} ${WEAK}`;
const FLAGGED = 'We figured out';
const REWRITE = 'I figured out the root cause.';

declare const browser: {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<Array<{ id?: number }>> };
  storage: { session: { get(key: string): Promise<Record<string, { text?: string } | undefined>> } };
};

const spansOf = (text: string) =>
  analyze(text, DEFAULT_SETTINGS)
    .findings.filter((f) => f.start !== undefined)
    .map((f) => text.slice(f.start, f.end))
    .sort();

const editorText = (page: Page) => page.evaluate(() => (window as unknown as { __editorText(): string }).__editorText());

describe('Firefox: rich editors, Google Docs, a hostile page and navigation', () => {
  let h: FirefoxHarness;
  const newestTabId = async () => {
    const ext = await h.extensionPage();
    return ext.evaluate(async () => {
      const own = (await browser.tabs.getCurrent())?.id;
      return Math.max(...(await browser.tabs.query({})).map((t) => t.id!).filter((id) => id !== own));
    });
  };
  /** The draft the background keeps for a tab (what the popup and sidebar show), or null. */
  const keptDraft = async (tabId: number) => {
    const ext = await h.extensionPage();
    return ext.evaluate(async (key) => (await browser.storage.session.get(key))[key]?.text ?? null, `tab-report:${tabId}`);
  };

  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    { name: 'ProseMirror', path: 'editors/prosemirror.html', editor: '.ProseMirror' },
    { name: 'Lexical', path: 'editors/lexical.html', editor: '#editor' },
  ])('$name: underlines exactly the flagged words, applies the rewrite through the editor, and Ctrl+Z undoes it', async ({ path, editor }) => {
    const page = await h.open(path);
    await typeInto(page, editor, ANSWER);
    await waitFor(() => editorText(page), (t) => t === ANSWER, 'the editor to hold the answer');
    const expected = spansOf(ANSWER);
    expect(expected).toContain(FLAGGED);
    expect(await waitFor(() => underlined(page), (u) => JSON.stringify(u) === JSON.stringify(expected), 'the highlights')).toEqual(expected);

    const { x, y } = await underlinePoint(page, FLAGGED);
    await page.mouse.click(x, y);
    expect(await waitFor(() => openCard(page), (c) => c !== null, 'the card', 5_000)).toEqual({ id: 'we-action', rewrite: REWRITE });
    await clickApply(page);
    await waitFor(() => editorText(page), (t) => t === `${PROBLEM} ${REWRITE}`, 'the rewrite in the editor\'s model');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await waitFor(() => editorText(page), (t) => t === ANSWER, 'undo to restore the answer');
    await page.close();
  });

  it('Google Docs imitation: sets Docs\' flag to the add-on\'s id, draws the marks from the hook\'s text and applies through Docs', async () => {
    // `any-id=1`: the imitation accepts a Firefox add-on id (it models Docs' allowlist as Chrome ids).
    const page = await h.open('gdocs/hook.html?star-coach-docs-fixture=1&any-id=1');
    const fixture = () =>
      page.evaluate(() => {
        const f = (window as unknown as { __fixture: { flagSeen: unknown; accepted: boolean; text(): string; selectionCalls: number[][] } }).__fixture;
        return { flagSeen: f.flagSeen, accepted: f.accepted, text: f.text(), calls: f.selectionCalls };
      });
    const before = await fixture();
    expect(before.flagSeen).toMatch(/^\{[0-9a-f-]{36}\}$/); // the gecko id
    expect(before.accepted).toBe(true);
    const marks = await waitFor(() => docsMarks(page), (m) => m.some((x) => x.id === 'we-action'), 'the Docs marks');
    const we = marks.find((m) => m.id === 'we-action')!;
    expect(we.key).toContain('we figured out');

    await page.mouse.click(we.x + we.width / 2, we.y + we.height / 2);
    const rewrite = (await waitFor(() => docsRewrite(page), (r) => r !== null, 'the Docs card', 5_000))!;
    expect(rewrite).toContain('I figured out');
    await clickApply(page);
    const sentence = 'The logs were analyzed and we figured out the root cause together.';
    const start = before.text.indexOf(sentence);
    const after = await waitFor(fixture, (f) => f.text !== before.text, 'the rewrite in the document');
    expect(after.calls).toContainEqual([start, start + sentence.length]);
    expect(after.text).toBe(before.text.slice(0, start) + rewrite + before.text.slice(start + sentence.length));
    await page.close();
  });

  it('a page that patches attachShadow, MutationObserver, appendChild, the highlight API and more: still coached, its patches untouched', async () => {
    const page = await h.open('hostile/overrides.html');
    await typeInto(page, '#answer', ANSWER);
    await waitFor(() => underlined(page), (u) => u.includes(FLAGGED), 'the textarea\'s underlines');
    await page.evaluate(() => (document.getElementById('answer') as HTMLTextAreaElement).blur());
    const state = await page.evaluate(() => ({
      calls: (window as unknown as { __calls: Record<string, number> }).__calls,
      count: document.getElementById('count')!.textContent,
      value: (document.getElementById('answer') as HTMLTextAreaElement).value,
    }));
    // The extension never called the page's versions (Firefox's content scripts see the DOM's own).
    expect(state).toEqual({ calls: { attachShadow: 0, observers: 0 }, count: String(ANSWER.length), value: ANSWER });

    await typeInto(page, '#editor', ANSWER);
    const expected = spansOf(ANSWER);
    await waitFor(() => underlined(page), (u) => u.filter((w) => w === FLAGGED).length === 2 && u.length === expected.length * 2, 'the contenteditable\'s highlights too');
    await page.close();
  });

  it('navigating the tab to another page forgets its draft; a same-document navigation keeps it', async () => {
    const page = await h.open('textarea.html');
    await typeInto(page, '#answer', ANSWER);
    await waitFor(() => underlined(page), (u) => u.includes(FLAGGED), 'the underlines');
    const tabId = await newestTabId();
    await waitFor(() => keptDraft(tabId), (t) => t === ANSWER, 'the tab\'s draft');

    await page.evaluate(() => history.pushState({}, '', '?pushed'));
    await page.evaluate(() => (location.hash = 'part'));
    await page.goto(`${h.baseUrl}/textarea.html?pushed#part`); // same document: a fragment change
    expect(await keptDraft(tabId)).toBe(ANSWER);

    await page.goto(`${h.baseUrl}/contenteditable.html`);
    await waitFor(() => keptDraft(tabId), (t) => t === null, 'the draft to be forgotten');
    const popup = await h.open(`${h.extensionBase}popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="empty-state"]', { timeout: 10_000 });
    await popup.close();
    await page.close();
  });
});

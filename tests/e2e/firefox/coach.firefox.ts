import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, typeInto, waitFor, type FirefoxHarness } from './harness';
import { clickApply, openCard, pageView, selectionScore, underlinePoint, underlined } from './our-ui';
import { analyze } from '../../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

// The Firefox build in Firefox ESR: the round trip, Apply and undo, the popup, the right-click
// check, settings applied live, and no network request from any context. The findings expected
// are the engine's (lib/analyze.ts with the settings the extension starts with), never hard-coded.
const PROBLEM = 'Our checkout service dropped orders every night.';
const WEAK = 'We figured out the root cause together.';
const ANSWER = `${PROBLEM} ${WEAK}`;
const FLAGGED = 'We figured out';
const REWRITE = 'I figured out the root cause.';

/** The extension APIs the test calls in an extension page (evaluated there, not here). */
declare const browser: {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> } };
  permissions: { remove(p: object): Promise<boolean>; contains(p: object): Promise<boolean>; getAll(): Promise<{ origins?: string[] }> };
  runtime: { getBackgroundPage(): Promise<unknown> };
};

const spansOf = (text: string) =>
  analyze(text, DEFAULT_SETTINGS)
    .findings.filter((f) => f.start !== undefined)
    .map((f) => text.slice(f.start, f.end))
    .sort();

describe('Firefox: live coaching, popup, right-click check, settings and privacy', () => {
  let h: FirefoxHarness;
  /** The id of the newest tab other than the extension page the test calls the extension from. */
  const newestTabId = async () => {
    const ext = await h.extensionPage();
    return ext.evaluate(async () => {
      const own = (await browser.tabs.getCurrent())?.id;
      return Math.max(...(await browser.tabs.query({})).map((t) => t.id!).filter((id) => id !== own));
    });
  };
  const setSettings = async (settings: object) => {
    const ext = await h.extensionPage();
    await ext.evaluate((s) => browser.storage.sync.set({ settings: s }), settings);
  };

  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines exactly the flagged words in a textarea, without touching its value', async () => {
    const page = await h.open('editors/textarea.html');
    await typeInto(page, '#editor', ANSWER);
    const expected = spansOf(ANSWER);
    expect(expected).toContain(FLAGGED);
    expect(await waitFor(() => underlined(page), (u) => u.includes(FLAGGED) && u.length === expected.length, 'the underlines')).toEqual(expected);
    expect(await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).value)).toBe(ANSWER);
    await page.close();
  });

  it('underlines exactly the flagged words in a contenteditable (CSS Custom Highlights)', async () => {
    const page = await h.open('contenteditable.html');
    await typeInto(page, '#editor', ANSWER);
    const expected = spansOf(ANSWER);
    expect(await waitFor(() => underlined(page), (u) => JSON.stringify(u) === JSON.stringify(expected), 'the highlights')).toEqual(expected);
    expect(await page.evaluate(() => document.getElementById('editor')!.innerText)).toBe(ANSWER);
    await page.close();
  });

  it('applies a rewrite from its card, and Ctrl+Z undoes it', async () => {
    const page = await h.open('editors/textarea.html');
    await typeInto(page, '#editor', ANSWER);
    await waitFor(() => underlined(page), (u) => u.includes(FLAGGED), 'the we-action underline');
    const { x, y } = await underlinePoint(page, FLAGGED);
    await page.mouse.click(x, y);
    expect(await waitFor(() => openCard(page), (c) => c !== null, 'the card', 5_000)).toEqual({ id: 'we-action', rewrite: REWRITE });
    // A page script sees that elements of ours exist, but not into them: every root is closed, no state on the hosts.
    const seen = await pageView(page);
    expect(seen.map((host) => host.tag)).toContain('star-coach-card');
    for (const host of seen) expect({ ...host, tag: undefined }, host.tag).toEqual({ tag: undefined, open: false, attributes: [], text: '' });
    await clickApply(page);
    const value = () => page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).value);
    await waitFor(value, (v) => v === `${PROBLEM} ${REWRITE}`, 'the rewrite in the textarea');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await waitFor(value, (v) => v === ANSWER, 'undo to restore the answer');
    await page.close();
  });

  it('shows the tab\'s report in the popup', async () => {
    const page = await h.open('textarea.html');
    await typeInto(page, '#answer', ANSWER);
    await waitFor(() => underlined(page), (u) => u.includes(FLAGGED), 'the we-action underline');
    const expected = analyze(ANSWER, DEFAULT_SETTINGS);
    const popup = await h.open(`${h.extensionBase}popup.html?tabId=${await newestTabId()}`);
    const shown = () =>
      popup.evaluate(() => ({
        ownership: document.querySelector('li[data-dimension="ownership"]')?.getAttribute('data-status') ?? null,
        dimensions: document.querySelectorAll('li[data-dimension]').length,
        score: Number(document.querySelector('[data-testid="overall-score"]')?.textContent ?? NaN),
      }));
    expect(await waitFor(shown, (s) => s.score === expected.score, 'the report in the popup')).toEqual({
      ownership: 'needs-work',
      dimensions: 6,
      score: expected.score,
    });
    await popup.close();
    await page.close();
  });

  it('right-click "Check STAR answer" on a selection opens the report on the page (the browser\'s own context menu), as the popup\'s "Check selection" does', async () => {
    // The answer selected, and a point inside it to right-click.
    const selectAnswer = (p: Page) =>
      p.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('answer')!);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        const r = document.getElementById('answer')!.getBoundingClientRect();
        return { text: window.getSelection()!.toString(), x: r.left + 20, y: r.top + 10 };
      });
    const page = await h.open('ui-selection.html');
    const { text, x, y } = await selectAnswer(page);
    const score = analyze(text, DEFAULT_SETTINGS).score;
    // A real right click opens Firefox's context menu; its item is chosen there, in the browser window.
    await page.mouse.click(x, y, { button: 'right' });
    const chosen = await waitFor(
      () =>
        h.inBrowserWindow(`(() => {
          const menu = document.getElementById('contentAreaContextMenu');
          const item = [...menu.querySelectorAll('menuitem')].find((m) => m.getAttribute('label') === 'Check STAR answer' && !m.hidden);
          if (menu.state !== 'open' || !item) return 'menu ' + menu.state;
          menu.activateItem(item);
          return 'chosen';
        })()`),
      (r) => r === 'chosen',
      'the context menu with "Check STAR answer"',
    );
    expect(chosen).toBe('chosen');
    expect(await waitFor(() => selectionScore(page), (s) => s !== null, 'the selection panel\'s score')).toBe(score);
    await page.close();

    // The popup's "Check selection" runs the same check.
    const again = await h.open('ui-selection.html');
    await selectAnswer(again);
    const popup = await h.open(`${h.extensionBase}popup.html?tabId=${await newestTabId()}`);
    await popup.waitForSelector('button ::-p-text(Check selection)');
    await popup.click('button ::-p-text(Check selection)').catch(() => {}); // the popup closes itself
    expect(await waitFor(() => selectionScore(again), (s) => s !== null, 'the selection panel\'s score')).toBe(score);
    if (!popup.isClosed()) await popup.close();
    await again.close();
  });

  it('applies a settings change in an open tab at once', async () => {
    const page = await h.open('textarea.html');
    await typeInto(page, '#answer', ANSWER);
    await waitFor(() => underlined(page), (u) => u.includes(FLAGGED), 'the we-action underline');
    const options = await h.open(`${h.extensionBase}options.html`);
    try {
      await options.waitForSelector('input[name="live-dimension"][value="ownership"]');
      await options.click('input[name="live-dimension"][value="ownership"]');
      await waitFor(() => underlined(page), (u) => !u.includes(FLAGGED), 'the ownership underline to go');
      await options.click('input[name="live-dimension"][value="ownership"]');
      await waitFor(() => underlined(page), (u) => u.includes(FLAGGED), 'the ownership underline to return');
    } finally {
      await setSettings(DEFAULT_SETTINGS);
      await options.close();
    }
    await page.close();
  });

  it('when access to websites is taken away, new pages get no content script and the popup says so; its button asks again', async () => {
    const ext = await h.extensionPage();
    // Whether a tab's page runs the content script: it answers the worker's messages (content/answer.ts).
    const answers = (tabId: number) =>
      ext.evaluate(
        (id) =>
          browser.tabs.sendMessage(id, { type: 'getSelectionText', data: { notifyIfEmpty: false }, timestamp: Date.now(), id: 0 }).then(
            () => true,
            () => false,
          ),
        tabId,
      );
    // Every site the add-on was granted, as Firefox's add-on manager does when the user turns access off.
    // (A temporary add-on is granted them at install. The test build's Docs-imitation match,
    // http://127.0.0.1/gdocs/*, is granted as http://127.0.0.1/*, the fixtures' own site: removing
    // only <all_urls> left the fixtures reachable.)
    const origins = await ext.evaluate(async () => (await browser.permissions.getAll()).origins ?? []);
    expect(origins).toContain('<all_urls>');
    await ext.evaluate((o) => browser.permissions.remove({ origins: o }), origins);
    expect(await ext.evaluate(async () => (await browser.permissions.getAll()).origins ?? [])).toEqual([]);

    const page = await h.open('textarea.html');
    const tabId = await newestTabId();
    expect(await answers(tabId)).toBe(false);
    const popup = await h.open(`${h.extensionBase}popup.html?tabId=${tabId}`);
    const banner = () => popup.evaluate(() => document.querySelector('[data-testid="site-access"]') !== null);
    await waitFor(banner, (b) => b, 'the missing-access notice');
    await popup.click('[data-testid="site-access"] button');
    await waitFor(banner, (b) => !b, 'the notice to go once access is granted');
    expect(await ext.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] }))).toBe(true);
    await popup.close();
    // A page opened now is coached again.
    const again = await h.open('textarea.html');
    expect(await answers(await newestTabId())).toBe(true);
    await typeInto(again, '#answer', ANSWER);
    await waitFor(() => underlined(again), (u) => u.includes(FLAGGED), 'the underlines once access is back');
    await again.close();
    await page.close();
  });

  it('made no network request from any context but the test\'s own page loads (the recorder sees the background\'s)', async () => {
    const fixtures = new URL(h.baseUrl).host;
    // Firefox's own services (remote settings and the like) are Firefox's, not the extension's.
    const firefoxOwn = /^CONNECT [a-z0-9.-]+\.(mozilla\.(com|net|org)|firefox\.com|mozaws\.net):443$/;
    const made = h.requests.filter((r) => !r.startsWith(`GET http://${fixtures}/`) && !firefoxOwn.test(r));
    expect(made).toEqual([]);
    // The recorder works: a request from the background script reaches it (Firefox upgrades it to HTTPS: a CONNECT).
    const ext = await h.extensionPage();
    await ext.evaluate(async () => {
      const bg = (await browser.runtime.getBackgroundPage()) as unknown as { fetch: typeof fetch };
      await bg.fetch('http://probe.invalid/from-background').catch(() => {});
    });
    await waitFor(async () => h.requests, (r) => r.some((x) => x.includes('probe.invalid')), 'the probe');
  });
});

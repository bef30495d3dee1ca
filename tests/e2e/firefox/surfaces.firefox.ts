import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { altShift, launchFirefox, typeInto, waitFor, type FirefoxHarness } from './harness';
import { announced, badgeCount, listOpen, openCard, selectionScore, underlined } from './our-ui';
import { analyze } from '../../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

// The Firefox build's other surfaces in Firefox ESR: the sidebar (Firefox's side panel), the
// keyboard shortcuts, the options page and the practice page. Expected scores are the engine's.
const ANSWER =
  'Our payments service sent webhooks to partners. I noticed a drop in deliveries last spring. ' +
  'We figured out the root cause together and we deployed a retry fix. The team was happy with the result.';
const FLAGGED = 'We figured out';

/** The extension APIs the tests call in an extension page (evaluated there, not here). */
declare const browser: {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<Array<{ id?: number }>> };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> };
    local: { clear(): Promise<void> };
  };
  sidebarAction: { isOpen(details: object): Promise<boolean> };
  extension: { getViews(filter: { type: string }): Window[] };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
};

/** Step through the cards with Alt+Shift+. until one of kind `id` is open; the kind open last. */
async function stepToCard(page: Page, id: string): Promise<string | null | undefined> {
  let open: string | null | undefined;
  for (let i = 0; i < 20 && open !== id; i++) {
    await altShift(page, 'Period');
    open = (await waitFor(() => openCard(page), (c) => c !== null, 'a card'))?.id;
  }
  return open;
}

describe('Firefox: sidebar, shortcuts, options and practice page', () => {
  let h: FirefoxHarness;
  const newestTabId = async () => {
    const ext = await h.extensionPage();
    return ext.evaluate(async () => {
      const own = (await browser.tabs.getCurrent())?.id;
      return Math.max(...(await browser.tabs.query({})).map((t) => t.id!).filter((id) => id !== own));
    });
  };
  /** What Firefox's sidebar shows (its document, read from another extension page), or null while it is closed. */
  const sidebar = async () => {
    const ext = await h.extensionPage();
    return ext.evaluate(async () => {
      if (!(await browser.sidebarAction.isOpen({}))) return null;
      const doc = browser.extension.getViews({ type: 'sidebar' })[0]?.document;
      return {
        score: doc?.querySelector('[data-testid="overall-score"]')?.textContent ?? null,
        empty: doc?.querySelector('[data-testid="empty-state"]') != null,
        stats: doc?.querySelector('.sc-stats')?.textContent ?? '',
      };
    });
  };

  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the popup opens Firefox\'s sidebar, which shows the active tab\'s scorecard and follows typing and tab switches', async () => {
    const page = await h.open('textarea.html');
    await typeInto(page, '#answer', ANSWER);
    await waitFor(() => underlined(page), (u) => u.includes(FLAGGED), 'the we-action underline');
    // Firefox opens a new add-on's sidebar by itself: close it first, with a user action as Firefox requires
    // (a button the test adds to an extension page and clicks).
    const ext = await h.extensionPage();
    await ext.evaluate(() => {
      const close = document.body.appendChild(document.createElement('button'));
      close.id = 'test-close-sidebar';
      close.textContent = 'close';
      close.onclick = () => void (browser.sidebarAction as unknown as { close(): Promise<void> }).close();
    });
    await ext.click('#test-close-sidebar');
    await waitFor(sidebar, (s) => s === null, 'the sidebar to close');

    // The popup's button, clicked as a user would (sidebarAction.open needs a user action).
    const popup = await h.open(`${h.extensionBase}popup.html?tabId=${await newestTabId()}`);
    await popup.waitForSelector('button ::-p-text(Side panel)');
    await popup.click('button ::-p-text(Side panel)').catch(() => {}); // the popup closes itself
    if (!popup.isClosed()) await popup.close();
    await page.bringToFront();
    const expected = analyze(ANSWER, DEFAULT_SETTINGS);
    await waitFor(sidebar, (s) => s?.score === String(expected.score), 'the sidebar to show the tab\'s score');

    // It follows the typing.
    const more = ' I was surprised.';
    await page.click('#answer');
    await page.keyboard.press('End');
    await page.keyboard.type(more, { delay: 2 });
    const after = analyze(ANSWER + more, DEFAULT_SETTINGS);
    expect(await waitFor(sidebar, (s) => !!s?.stats.includes(`Words${after.stats.words}`), 'the sidebar to follow the typing')).toMatchObject({
      score: String(after.score),
    });

    // And the active tab: a tab with no draft shows the empty state, and back again.
    const other = await h.open('textarea.html');
    await other.bringToFront();
    await waitFor(sidebar, (s) => s?.empty === true, 'the sidebar to show the new tab\'s empty state');
    await page.bringToFront();
    await waitFor(sidebar, (s) => s?.score === String(after.score), 'the sidebar to come back to the draft\'s tab');
    await other.close();
    await page.close();
  });

  it('Firefox registers the manifest\'s shortcut, and running it checks the page\'s selection', async () => {
    const ext = await h.extensionPage();
    // Firefox drops a suggested key it does not accept, leaving the command without a shortcut.
    expect(await ext.evaluate(() => browser.commands.getAll())).toContainEqual(
      expect.objectContaining({ name: 'check-selection', shortcut: 'Alt+Shift+S' }),
    );
    const page = await h.open('ui-selection.html');
    await page.bringToFront();
    const text = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('answer')!);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return window.getSelection()!.toString();
    });
    // The key Firefox made for the command in the browser window, run as a key press runs it. (A key
    // press itself cannot be sent there: BiDi's keys go to the page, not to the browser's shortcuts.)
    const ran = await h.inBrowserWindow(`(() => {
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      const keys = [...win.document.querySelectorAll('keyset[id^="ext-keyset-id-"] key')];
      const key = keys.find((k) => k.getAttribute('key') === 'S' && k.getAttribute('modifiers') === 'alt,shift');
      if (!key) return 'no key: ' + keys.map((k) => k.getAttribute('modifiers') + '+' + k.getAttribute('key')).join(' ');
      key.doCommand();
      return 'ran';
    })()`);
    expect(ran).toBe('ran');
    expect(await waitFor(() => selectionScore(page), (s) => s !== null, 'the selection panel\'s score')).toBe(analyze(text, DEFAULT_SETTINGS).score);
    await page.close();
  });

  it('in-page keys: Alt+Shift+L opens the findings list, Esc closes it, Alt+Shift+. steps to a card and Alt+Shift+D dismisses it', async () => {
    const ext = await h.extensionPage();
    const page = await h.open('ui-trust.html');
    try {
      await typeInto(page, '#answer', ANSWER);
      const total = analyze(ANSWER, DEFAULT_SETTINGS).findings.length;
      await waitFor(() => badgeCount(page), (c) => c === total, 'the badge to count every finding');

      await altShift(page, 'KeyL');
      await waitFor(() => listOpen(page), (o) => o, 'the findings list');
      await page.keyboard.press('Escape');
      await waitFor(() => listOpen(page), (o) => !o, 'Esc to close the list');

      expect(await stepToCard(page, 'we-action')).toBe('we-action');
      await altShift(page, 'KeyD');
      await waitFor(() => badgeCount(page), (c) => c === total - 1, 'the dismissal to lower the count');
      await waitFor(() => announced(page), (s) => /^Finding dismissed on this site\./.test(s), 'the dismissal to be announced');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    } finally {
      // Dismissals are per site, and every fixture page shares one.
      await ext.evaluate(() => browser.storage.local.clear());
      await page.close();
    }
  });

  it('Alt+Shift+K stops flagging the open card\'s kind on this site: gone from the count at once, kept in the settings for this origin', async () => {
    const ext = await h.extensionPage();
    const page = await h.open('ui-trust.html');
    try {
      await typeInto(page, '#answer', ANSWER);
      const findings = analyze(ANSWER, DEFAULT_SETTINGS).findings;
      const we = findings.filter((f) => f.id === 'we-action').length;
      expect(we).toBeGreaterThan(0);
      await waitFor(() => badgeCount(page), (c) => c === findings.length, 'the badge to count every finding');
      expect(await stepToCard(page, 'we-action')).toBe('we-action');
      await altShift(page, 'KeyK');
      await waitFor(() => badgeCount(page), (c) => c === findings.length - we, 'the muted kind to leave the count');
      expect(await underlined(page)).not.toContain(FLAGGED);
      const origin = new URL(page.url()).origin;
      const muted = () => ext.evaluate(() => browser.storage.sync.get('settings').then((r) => JSON.stringify((r.settings as { mutedKinds?: object } | undefined)?.mutedKinds ?? {})));
      await waitFor(muted, (m) => m === JSON.stringify({ [origin]: ['we-action'] }), 'the muted kind in the settings');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    } finally {
      await ext.evaluate(() => Promise.all([browser.storage.sync.clear(), browser.storage.local.clear()]));
      await page.close();
    }
  });

  it('the options page loads the stored settings and saves a change (level, the default question), which is there when it is opened again', async () => {
    const ext = await h.extensionPage();
    let options = await h.open(`${h.extensionBase}options.html`);
    try {
      await options.waitForSelector('select[name="level"]');
      expect(await options.$eval('select[name="level"]', (s) => (s as HTMLSelectElement).value)).toBe(DEFAULT_SETTINGS.level);
      await options.select('select[name="level"]', 'senior');
      await waitFor(
        () => ext.evaluate(async () => ((await browser.storage.sync.get('settings')).settings as { level?: string } | undefined)?.level),
        (l) => l === 'senior',
        'the level to be saved',
      );
      // The default question: every profile is offered, and the one chosen is kept.
      expect(await options.$$eval('select[name="question"] option', (os) => os.length)).toBe(25);
      await options.select('select[name="question"]', 'failure');
      await waitFor(
        () => ext.evaluate(async () => ((await browser.storage.sync.get('settings')).settings as { question?: string } | undefined)?.question),
        (q) => q === 'failure',
        'the default question to be saved',
      );
      await options.close();
      options = await h.open(`${h.extensionBase}options.html`);
      await options.waitForSelector('select[name="level"]');
      await waitFor(() => options.$eval('select[name="level"]', (s) => (s as HTMLSelectElement).value), (v) => v === 'senior', 'the saved level');
      expect(await options.$eval('select[name="question"]', (s) => (s as HTMLSelectElement).value)).toBe('failure');
    } finally {
      await ext.evaluate((s) => browser.storage.sync.set({ settings: s }), DEFAULT_SETTINGS);
      await options.close();
    }
  });

  it('the practice page coaches a draft live, saves it, and has it back when opened again', async () => {
    let practice = await h.open(`${h.extensionBase}practice.html`);
    await practice.waitForFunction(() => document.getElementById('practice-answer') && !(document.getElementById('practice-answer') as HTMLTextAreaElement).disabled);
    await typeInto(practice, '#practice-answer', ANSWER);
    const expected = analyze(ANSWER, { ...DEFAULT_SETTINGS, question: 'caught-issue' });
    const score = () => practice.evaluate(() => document.querySelector('[data-testid="overall-score"]')?.textContent ?? null);
    await waitFor(score, (s) => s === String(expected.score), 'the practice score');
    await waitFor(() => underlined(practice), (u) => u.includes(FLAGGED), 'the underlines on the practice page');
    await waitFor(
      () => practice.evaluate(() => document.querySelector('[data-testid="save-status"]')?.textContent ?? ''),
      (s) => /saved/.test(s),
      'the draft to be saved',
    );
    await practice.close();
    practice = await h.open(`${h.extensionBase}practice.html`);
    await waitFor(
      () => practice.evaluate(() => (document.getElementById('practice-answer') as HTMLTextAreaElement | null)?.value ?? null),
      (v) => v === ANSWER,
      'the saved draft',
    );
    await waitFor(score, (s) => s === String(expected.score), 'the saved draft\'s score');
    await practice.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CARD, MIRROR, inUi, launch, mirrorMarks, serveFixtures, uiAll, uiWait, type Harness } from './harness';
import { analyze } from '../../lib/analyze';
import { matchQuestion } from '../../lib/questions/match';
import { DIMENSIONS, type Report } from '../../lib/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const ANSWER =
  'Our payments service sent webhooks to partners. I noticed a drop in deliveries last spring. ' +
  'We figured out the root cause together and we deployed a retry fix. The team was happy with the result.';

/** The newest tab is the page just opened (tab URLs are hidden: the extension has no "tabs" permission). */
const newestTabId = (h: Harness) =>
  h.worker.evaluate<number>('(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)))()');

const weakestFirst = (report: Report) =>
  [...DIMENSIONS].sort((a, b) => report.dimensions[a].score - report.dimensions[b].score);

async function typeAnswer(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.insertText(text.slice(0, -1));
  await page.keyboard.type(text.slice(-1)); // a real keystroke at the end, as a writer's last key
}

/** Wait for the textarea mirror's marks to be there (or gone), read inside its closed root. */
const waitMarks = (page: Page, state: 'attached' | 'detached' = 'attached') => uiWait(page, MIRROR, '.star-coach-mark', { state, timeout: 10_000 });

/** Wait until the background holds the tab's report for exactly `text` (not an earlier, partial draft). */
async function waitForDraft(h: Harness, tabId: number, text: string): Promise<void> {
  const key = `tab-report:${tabId}`;
  await expect
    .poll(() => h.worker.evaluate<string | undefined>(`chrome.storage.session.get('${key}').then((r) => r['${key}']?.text)`), {
      timeout: 10_000,
    })
    .toBe(text);
}


/**
 * Click a popup button that closes the popup (as a real popup does after "Show in page" or
 * "Check selection"): the page may close before the click action returns, which is not a failure.
 */
async function clickClosing(popup: Page, button: Locator): Promise<void> {
  await button.click().catch((error: unknown) => {
    if (!popup.isClosed()) throw error;
  });
}

describe('popup, side panel, selection check, settings and practice page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({
      headers: (path): Record<string, string> =>
        path === 'ui-strict-csp.html'
          ? { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" }
          : {},
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Back to the default settings, so a failed test does not leave later ones with live checking off. */
  const resetSettings = () =>
    h.worker.evaluate(`chrome.storage.sync.set({ settings: ${JSON.stringify(DEFAULT_SETTINGS)} })`);

  it('the answer used below is one the engine underlines (a we-action after the problem is stated)', () => {
    const weAction = analyze(ANSWER, DEFAULT_SETTINGS).findings.find((f) => f.id === 'we-action');
    expect(weAction && ANSWER.slice(weAction.start, weAction.end)).toBe('We figured out');
    expect(weAction?.dimension).toBe('ownership');
  });

  it('popup shows the six dimensions, weakest first, and the engine\'s score for the draft', async () => {
    const page = await h.open('textarea.html');
    await typeAnswer(page, '#answer', ANSWER);
    await waitMarks(page);
    const expected = analyze(ANSWER, DEFAULT_SETTINGS);
    const tabId = await newestTabId(h);
    await waitForDraft(h, tabId, ANSWER);

    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="overall-score"]').waitFor({ timeout: 10_000 });
    expect(Number(await popup.locator('[data-testid="overall-score"]').textContent())).toBe(expected.score);
    expect(await popup.locator('li[data-dimension]').evaluateAll((els) => els.map((e) => e.getAttribute('data-dimension')))).toEqual(
      weakestFirst(expected),
    );
    for (const d of DIMENSIONS) {
      expect(await popup.locator(`li[data-dimension="${d}"]`).getAttribute('data-status')).toBe(expected.dimensions[d].status);
    }
    // Expanding the weakest dimension lists its findings with their rewrites.
    const weakest = weakestFirst(expected)[0]!;
    const own = expected.findings.filter((f) => f.dimension === weakest);
    expect(own.length).toBeGreaterThan(0);
    const dim = popup.locator(`li[data-dimension="${weakest}"]`);
    await dim.locator('button.sc-dim').click();
    expect(await dim.locator('button.sc-dim').getAttribute('aria-expanded')).toBe('true');
    expect(await dim.locator('[data-testid="rewrite"]').allTextContents()).toEqual(
      own.filter((f) => f.suggestion).map((f) => f.suggestion!.text),
    );
    expect(await popup.locator('input[name="site-enabled"]').isChecked()).toBe(true);
    await popup.close();

    // The side panel shows the same scorecard and follows the typing.
    const panel = await h.open(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-testid="overall-score"]').waitFor({ timeout: 10_000 });
    const more = ' I was surprised.';
    await page.bringToFront();
    await page.click('#answer');
    await page.keyboard.press('End');
    await page.keyboard.type(more);
    const after = analyze(ANSWER + more, DEFAULT_SETTINGS);
    await panel.waitForFunction(
      (words) => document.querySelector('.sc-stats')?.textContent?.includes(`Words${words}`),
      after.stats.words,
      { timeout: 10_000 },
    );
    expect(Number(await panel.locator('[data-testid="overall-score"]').textContent())).toBe(after.score);
    await panel.close();
    await page.close();
  });

  it('"Show in page" in the popup opens the finding\'s card on the page', async () => {
    const page = await h.open('textarea.html');
    await typeAnswer(page, '#answer', ANSWER);
    await waitMarks(page);
    const tabId = await newestTabId(h);
    await waitForDraft(h, tabId, ANSWER);
    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    const ownership = popup.locator('li[data-dimension="ownership"]');
    await ownership.locator('button.sc-dim').click();
    const item = ownership.locator('li', { hasText: 'We figured out' }).first();
    await clickClosing(popup, item.locator('button', { hasText: 'Show in page' }));
    const card = (await uiWait(page, CARD, '.card', { timeout: 10_000 }))!;
    expect(card.attrs['data-finding-id']).toBe('we-action');
    expect(card.text).toContain('We figured out');
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it('the popup says what to do when the tab has no draft', async () => {
    const page = await h.open('textarea.html');
    const tabId = await newestTabId(h);
    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="empty-state"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-testid="empty-state"]').textContent()).toMatch(/Start writing/);
    await popup.close();
    await page.close();
  });

  it('the per-site switch stops highlights on that site only, and survives a reload', async () => {
    const other = await serveFixtures();
    try {
      const page = await h.open('textarea.html');
      await typeAnswer(page, '#answer', ANSWER);
      await waitMarks(page);
      const tabId = await newestTabId(h);
      const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      const toggle = popup.locator('input[name="site-enabled"]');
      await toggle.waitFor({ state: 'attached', timeout: 10_000 });
      await toggle.click({ force: true });
      await popup.locator('[data-testid="site-off"]').waitFor();
      await popup.close();

      // Off at once in the open tab, without a reload.
      await waitMarks(page, 'detached');

      // Another site still gets live highlights.
      const elsewhere = await h.ctx.newPage();
      await elsewhere.goto(`${other.url}/textarea.html`);
      await typeAnswer(elsewhere, '#answer', ANSWER);
      await waitMarks(elsewhere);
      await elsewhere.close();

      // After a reload the site stays off: typing draws nothing, although the content script runs.
      await page.reload();
      await typeAnswer(page, '#answer', ANSWER);
      await page.waitForTimeout(1500); // well past the pause after which a draft is analysed
      expect(await mirrorMarks(page)).toEqual([]);
      const popup2 = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      await popup2.locator('[data-testid="site-off"]').waitFor({ timeout: 10_000 });
      expect(await popup2.locator('input[name="site-enabled"]').isChecked()).toBe(false);
      await popup2.close();

      // Removing the site in the settings turns live checking back on in the open tab.
      const options = await h.open(`chrome-extension://${h.extensionId}/options.html`);
      await options.getByRole('button', { name: /Turn live checking back on for http:\/\/127\.0\.0\.1/ }).click();
      await options.locator('[data-testid="no-disabled-sites"]').waitFor();
      await options.close();
      await page.bringToFront();
      await page.click('#answer');
      await page.keyboard.type(' ');
      await waitMarks(page);
      await page.close();
    } finally {
      other.server.closeAllConnections(); // the browser keeps connections alive
      await new Promise((ok) => other.server.close(ok));
    }
  });

  it('switching a site off also covers editors it embeds from another origin', async () => {
    const other = await serveFixtures();
    const setDisabled = (sites: string[]) =>
      h.worker.evaluate(
        `chrome.storage.sync.get('settings').then(({ settings }) => chrome.storage.sync.set({ settings: { ...settings, disabledSites: ${JSON.stringify(sites)} } }))`,
      );
    try {
      const page = await h.open('textarea.html');
      await setDisabled([new URL(page.url()).origin]);
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.style.cssText = 'width:800px;height:320px';
        document.body.append(frame);
        return new Promise((ok) => frame.addEventListener('load', ok));
      }, `${other.url}/textarea.html`);
      const frame = page.frameLocator('iframe');
      const innerFrame = () => page.frames().find((f) => f !== page.mainFrame())!;
      await frame.locator('#answer').click();
      await page.keyboard.insertText(ANSWER);
      await page.waitForTimeout(1500); // well past the pause after which a draft is analysed
      expect(await mirrorMarks(innerFrame())).toEqual([]);
      // Positive control: with the site back on, the same embedded editor is coached on the next keystroke.
      await setDisabled([]);
      await expect
        .poll(
          async () => {
            await page.keyboard.type(' ');
            await page.waitForTimeout(600);
            return (await mirrorMarks(innerFrame())).length;
          },
          { timeout: 10_000 },
        )
        .toBeGreaterThan(0);
      await page.close();
    } finally {
      other.server.closeAllConnections();
      await new Promise((ok) => other.server.close(ok));
    }
  });

  async function selectAnswer(page: Page, id = 'answer'): Promise<string> {
    return page.evaluate((id) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id)!);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    }, id);
  }

  async function expectPanel(page: Page, text: string): Promise<void> {
    const expected = analyze(text, DEFAULT_SETTINGS);
    const PANEL = 'star-coach-selection-panel';
    await uiWait(page, PANEL, '[data-testid="overall-score"]', { timeout: 10_000 });
    const order = weakestFirst(expected);
    // Read inside the panel's closed root in one go.
    const seen = await inUi(
      page,
      (ui, weakest) => {
        const root = ui.root(ui.document.querySelector('star-coach-selection-panel'))!;
        const dim = root.querySelector(`li[data-dimension="${weakest}"]`)!;
        const rewrites = [...dim.querySelectorAll<HTMLElement>('[data-testid="rewrite"]')];
        return {
          score: Number(root.querySelector('[data-testid="overall-score"]')!.textContent),
          selection: root.querySelector('[data-testid="selection-text"]')!.textContent,
          dimensions: root.querySelectorAll('li[data-dimension]').length,
          // In the top layer, so no page stacking can cover it.
          topLayer: root.querySelector('.panel')!.matches(':popover-open'),
          findings: [...root.querySelectorAll('li[data-finding-id]')].map((e) => e.getAttribute('data-finding-id')),
          expanded: root.querySelectorAll('button.sc-dim[aria-expanded="true"]').length,
          weakestExpanded: dim.querySelector('button.sc-dim')!.getAttribute('aria-expanded'),
          rewrites: rewrites.map((r) => r.textContent),
          firstRewriteShown: rewrites.length > 0 && rewrites[0]!.getClientRects().length > 0 && getComputedStyle(rewrites[0]!).visibility !== 'hidden',
        };
      },
      order[0],
    );
    expect(seen.score).toBe(expected.score);
    expect(seen.selection).toBe(text);
    expect(seen.dimensions).toBe(6);
    expect(seen.topLayer).toBe(true);
    // Every finding of the report, listed by dimension from the weakest; only the weakest is open,
    // showing the rewrites of its findings.
    expect(seen.findings).toEqual(order.flatMap((d) => expected.findings.filter((f) => f.dimension === d).map((f) => f.id)));
    expect(seen.expanded).toBe(1);
    expect(seen.weakestExpanded).toBe('true');
    const rewrites = expected.findings.filter((f) => f.dimension === order[0] && f.suggestion).map((f) => f.suggestion!.text);
    expect(rewrites.length).toBeGreaterThan(0);
    expect(seen.rewrites).toEqual(rewrites);
    expect(seen.firstRewriteShown).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'detached' });
  }

  it('right-click "Check STAR answer" on non-editable text opens the panel with the report, also where live checking is off', async () => {
    const page = await h.open('ui-selection.html');
    const origin = new URL(page.url()).origin;
    await h.worker.evaluate(
      `chrome.storage.sync.get('settings').then(({ settings }) => chrome.storage.sync.set({ settings: { ...settings, disabledSites: [${JSON.stringify(origin)}] } }))`,
    );
    try {
      const text = await selectAnswer(page);
      const tabId = await newestTabId(h);
      await h.worker.evaluate(
        `(async () => {
          const tab = await chrome.tabs.get(${tabId});
          chrome.contextMenus.onClicked.dispatch(
            { menuItemId: 'star-coach-check-selection', selectionText: ${JSON.stringify(text)}, editable: false, pageUrl: '' },
            tab,
          );
        })()`,
      );
      await expectPanel(page, text);
    } finally {
      await resetSettings(); // the later tests need live checking on this site
    }
    await page.close();
  });

  it('the context menu keeps the paragraphs of the selection, which its selectionText folds', async () => {
    const page = await h.open('ui-selection.html');
    const text = await selectAnswer(page, 'notes');
    expect(text).toContain('\n');
    const tabId = await newestTabId(h);
    const folded = text.replace(/\s+/g, ' ').trim();
    await h.worker.evaluate(
      `(async () => chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'star-coach-check-selection', selectionText: ${JSON.stringify(folded)}, editable: false, frameId: 0 },
        await chrome.tabs.get(${tabId}),
      ))()`,
    );
    await expectPanel(page, text);
    await page.close();
  });

  it('the keyboard shortcut checks the page\'s selection the same way', async () => {
    const page = await h.open('ui-selection.html');
    const text = await selectAnswer(page);
    const tabId = await newestTabId(h);
    await h.worker.evaluate(
      `(async () => chrome.commands.onCommand.dispatch('check-selection', await chrome.tabs.get(${tabId})))()`,
    );
    await expectPanel(page, text);
    await page.close();
  });

  it('the shortcut reads a selection inside a focused same-origin frame (rich editors), and says when nothing is selected', async () => {
    const page = await h.open('ui-iframe.html');
    const tabId = await newestTabId(h);
    const shortcut = () =>
      h.worker.evaluate(`(async () => chrome.commands.onCommand.dispatch('check-selection', await chrome.tabs.get(${tabId})))()`);

    // Nothing selected: a short notice instead of a report.
    await shortcut();
    const notice = await uiWait(page, 'star-coach-notice', '[role="status"]', { timeout: 10_000 });
    expect(notice!.text).toMatch(/select the text of an answer first/);
    expect(await page.locator('star-coach-selection-panel').count()).toBe(0);

    const text = await page.evaluate(() => {
      const frame = document.getElementById('editor') as HTMLIFrameElement;
      const inner = frame.contentDocument!;
      frame.contentWindow!.focus();
      const range = inner.createRange();
      range.selectNodeContents(inner.body);
      inner.getSelection()!.removeAllRanges();
      inner.getSelection()!.addRange(range);
      return inner.getSelection()!.toString();
    });
    expect(text).toContain('We figured out');
    await shortcut();
    await expectPanel(page, text);
    await page.close();
  });

  it('the panel keeps its own look on a page whose CSP forbids every style and script', async () => {
    const page = await h.open('ui-strict-csp.html');
    const text = await selectAnswer(page);
    const tabId = await newestTabId(h);
    await h.worker.evaluate(`(async () => chrome.commands.onCommand.dispatch('check-selection', await chrome.tabs.get(${tabId})))()`);
    await uiWait(page, 'star-coach-selection-panel', '.panel [data-testid="overall-score"]', { timeout: 10_000 });
    const box = await inUi(page, (ui) => {
      const panel = ui.all('star-coach-selection-panel', '.panel')[0]!;
      return { position: getComputedStyle(panel).position, width: panel.getBoundingClientRect().width };
    });
    expect(box.position).toBe('fixed');
    expect(box.width).toBeLessThanOrEqual(420);
    await expectPanel(page, text);
    await page.close();
  });

  it('the popup\'s "Check selection" does the same', async () => {
    const page = await h.open('ui-selection.html');
    const text = await selectAnswer(page);
    const tabId = await newestTabId(h);
    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await clickClosing(popup, popup.getByRole('button', { name: 'Check selection' }));
    await expectPanel(page, text);
    await page.close();
  });

  it('where the page cannot host the panel, the report opens in an extension page', async () => {
    const page = await h.ctx.newPage();
    await page.goto('chrome://version');
    const tabId = await newestTabId(h);
    const opened = h.ctx.waitForEvent('page');
    await h.worker.evaluate(
      `(async () => {
        const tab = await chrome.tabs.get(${tabId});
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'star-coach-check-selection', selectionText: ${JSON.stringify(ANSWER)}, editable: false }, tab);
      })()`,
    );
    const report = await opened;
    expect(report.url()).toBe(`chrome-extension://${h.extensionId}/report.html`); // the text is not in the URL
    await report.locator('[data-testid="overall-score"]').waitFor({ timeout: 10_000 });
    expect(Number(await report.locator('[data-testid="overall-score"]').textContent())).toBe(analyze(ANSWER).score);
    expect(await report.locator('[data-testid="selection-text"]').textContent()).toBe(ANSWER);
    await report.close();

    // The shortcut cannot read a selection there: the extension page says what to do instead.
    const explained = h.ctx.waitForEvent('page');
    await h.worker.evaluate(`(async () => chrome.commands.onCommand.dispatch('check-selection', await chrome.tabs.get(${tabId})))()`);
    const help = await explained;
    await help.locator('[data-testid="empty-state"]').waitFor({ timeout: 10_000 });
    expect(await help.locator('[data-testid="empty-state"] h2').textContent()).toMatch(/can’t read this page/);
    await help.close();
    await page.close();
  });

  it('changing level, focus or live dimensions in the settings changes the open tab at once', async () => {
    const page = await h.open('textarea.html');
    await typeAnswer(page, '#answer', ANSWER);
    await waitMarks(page);
    const tabId = await newestTabId(h);
    await waitForDraft(h, tabId, ANSWER);
    const stored = () =>
      h.worker.evaluate<{ at: number; report: Report } | undefined>(
        `chrome.storage.session.get('tab-report:${tabId}').then((r) => r['tab-report:${tabId}'])`,
      );
    const before = (await stored())!;

    const options = await h.open(`chrome-extension://${h.extensionId}/options.html`);
    try {
      await options.selectOption('select[name="level"]', 'senior');
      await options.selectOption('select[name="focus"]', 'outcome');
      // The open tab analyses its draft again, without typing, under the new settings.
      await expect.poll(async () => (await stored())!.at, { timeout: 10_000 }).toBeGreaterThan(before.at);
      await expect.poll(async () => (await stored())!.report, { timeout: 10_000 }).toEqual(
        // The page's label is the seed's question: matched, and named as read from the page.
        analyze(ANSWER, {
          level: 'senior',
          focus: 'outcome',
          question: 'caught-issue',
          questionSource: 'page',
          questionConfidence: matchQuestion('Describe a time you caught a critical issue others had missed.')!.confidence,
        }),
      );

      // Turning a dimension's live highlights off removes its underlines in the tab.
      const OWNERSHIP = '.star-coach-mark[data-dimension="ownership"]';
      await uiWait(page, MIRROR, OWNERSHIP, { timeout: 10_000 });
      const othersBefore = (await uiAll(page, MIRROR, '.star-coach-mark:not([data-dimension="ownership"])')).map((m) => m.text);
      await options.locator('input[name="live-dimension"][value="ownership"]').uncheck();
      await uiWait(page, MIRROR, OWNERSHIP, { state: 'detached', timeout: 10_000 });
      // The other dimensions keep their underlines.
      expect((await mirrorMarks(page)).map((m) => m.text)).toEqual(othersBefore);
      await options.locator('input[name="live-dimension"][value="ownership"]').check();
      await uiWait(page, MIRROR, OWNERSHIP, { timeout: 10_000 });
      await options.selectOption('select[name="level"]', 'mid');
      await options.selectOption('select[name="focus"]', 'balanced');
    } finally {
      await resetSettings();
    }
    await options.close();
    await page.close();
  });

  it('the practice page coaches live, keeps the draft across a reload and records a score history', async () => {
    const practice = await h.open(`chrome-extension://${h.extensionId}/practice.html`);
    const field = practice.locator('#practice-answer');
    await field.waitFor();
    await practice.waitForFunction(() => !(document.getElementById('practice-answer') as HTMLTextAreaElement).disabled);
    await typeAnswer(practice, '#practice-answer', ANSWER);
    const expected = analyze(ANSWER, { ...DEFAULT_SETTINGS, question: 'caught-issue' });
    await practice.locator('[data-testid="overall-score"]').waitFor({ timeout: 10_000 });
    // (polled: a slow machine may show a report of the partly typed text first)
    await expect.poll(() => practice.locator('[data-testid="overall-score"]').textContent()).toBe(String(expected.score));
    await waitMarks(practice);
    await practice.locator('[data-testid="save-status"]', { hasText: 'saved' }).waitFor();
    await expect.poll(() => practice.locator('.sc-dot').getAttribute('data-score')).toBe(String(expected.score));

    await practice.reload();
    await practice.waitForFunction(
      (text) => (document.getElementById('practice-answer') as HTMLTextAreaElement).value === text,
      ANSWER,
      { timeout: 10_000 },
    );
    await practice.locator('[data-testid="overall-score"]').waitFor({ timeout: 10_000 });
    expect(await practice.locator('.sc-dot').count()).toBe(1);

    // The model answer scores higher; the other question keeps its own, empty, draft and history.
    practice.once('dialog', (dialog) => void dialog.accept()); // "Replace your draft with the model answer?"
    await practice.getByRole('button', { name: 'Open model answer' }).click();
    await practice.waitForFunction(
      (s) => Number(document.querySelector('[data-testid="overall-score"]')?.textContent) > s,
      expected.score,
      { timeout: 10_000 },
    );
    // The model answer is not the user's progress: the history still holds the user's own score.
    expect(await practice.locator('.sc-dot').count()).toBe(1);
    expect(await practice.locator('.sc-dot').getAttribute('data-score')).toBe(String(expected.score));
    await practice.selectOption('#practice-question', 'generic');
    await practice.locator('[data-testid="history-empty"]').waitFor();
    expect(await field.inputValue()).toBe('');
    await practice.close();
  });

  it('leaves the host pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

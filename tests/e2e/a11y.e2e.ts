import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, CARD, launch, seriousViolations, uiWait, type Harness } from './harness';
import { analyze } from '../../lib/analyze';


const ANSWER =
  'Our payments service sent webhooks to partners. I noticed a drop in deliveries last spring. ' +
  'We figured out the root cause together and we deployed a retry fix. The team was happy with the result.';


const newestTabId = (h: Harness) =>
  h.worker.evaluate<number>('(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)))()');

describe.each(['light', 'dark'] as const)('no serious or critical accessibility violation, %s', (scheme) => {
  let h: Harness;
  let tabId: number;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  const open = async (path: string) => {
    const page = await h.open(path);
    await page.emulateMedia({ colorScheme: scheme });
    return page;
  };
  const ext = (page: string) => `chrome-extension://${h.extensionId}/${page}`;

  it('a page with the card open, then the findings list', async () => {
    const page = await open(scheme === 'dark' ? 'ui-trust.html?dark' : 'ui-trust.html');
    await page.click('#answer');
    await page.keyboard.insertText(ANSWER);
    await page.keyboard.type(' ');
    await uiWait(page, BADGE, '.badge');
    tabId = await newestTabId(h);
    // The runner sees into open shadow roots, where STAR Coach draws: a nameless button there is caught.
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'probe';
      host.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
      document.body.append(host);
    });
    expect((await seriousViolations(page)).some((v) => v.startsWith('button-name'))).toBe(true);
    await page.evaluate(() => document.getElementById('probe')!.remove());

    await page.keyboard.press('Alt+Shift+Period');
    await uiWait(page, CARD, '.card', { timeout: 5_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Alt+Shift+KeyL');
    await uiWait(page, CARD, '.list', { timeout: 5_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // The page stays open: the popup and side panel below show its draft.
  });

  it('the selection panel', async () => {
    const page = await open('ui-selection.html');
    const text = await page.evaluate(() => {
      const el = document.getElementById('answer')!;
      const range = document.createRange();
      range.selectNodeContents(el);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    });
    const id = await newestTabId(h);
    await h.worker.evaluate(
      `(async () => {
        const tab = await chrome.tabs.get(${id});
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'star-coach-check-selection', selectionText: ${JSON.stringify(text)}, editable: false, pageUrl: '' }, tab);
      })()`,
    );
    await uiWait(page, 'star-coach-selection-panel', '[data-testid="selection-text"]', { timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the report page of a selection the page could not show, its long quote a focusable scroll region', async () => {
    const text = Array.from({ length: 12 }, () => ANSWER).join('\n\n');
    await h.worker.evaluate(`chrome.storage.session.set({ 'selection-report': { text: ${JSON.stringify(text)}, report: ${JSON.stringify(analyze(text))}, at: 0 } })`);
    const page = await open(ext('report.html'));
    await page.locator('[data-testid="selection-text"]').waitFor({ timeout: 10_000 });
    // The quote is taller than its box: it scrolls, so the keyboard must reach it.
    expect(await page.locator('[data-testid="selection-text"]').evaluate((q) => q.scrollHeight > q.clientHeight && q.tabIndex === 0)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('options, with a kind of finding muted on a site (its Flag again row)', async () => {
    await h.worker.evaluate(`chrome.storage.sync.set({ settings: { mutedKinds: { 'https://jobs.example': ['we-action'] } } })`);
    const page = await open(ext('options.html'));
    await page.locator('[data-testid="muted-kinds"] li[data-kind="we-action"]').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await h.worker.evaluate('chrome.storage.sync.clear()');
    await page.close();
  });

  it.each(['popup.html', 'sidepanel.html', 'options.html', 'practice.html', 'welcome.html'])('%s', async (path) => {
    const page = await open(ext(path === 'popup.html' || path === 'sidepanel.html' ? `${path}?tabId=${tabId}` : path));
    await page.waitForLoadState('load');
    await page.locator('#app > *').first().waitFor({ timeout: 10_000 });
    if (path === 'popup.html' || path === 'sidepanel.html') await page.locator('[data-testid="overall-score"]').waitFor({ timeout: 10_000 });
    if (path === 'welcome.html') await uiWait(page, BADGE, '.badge').catch(() => {});
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

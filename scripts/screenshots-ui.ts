// Part of `npm run screenshots`: the popup, selection panel, practice, settings and welcome pictures for the README,
// taken from the built extension in Debian's Chromium.
import { MIRROR, launch, uiWait } from '../tests/e2e/harness';

const OUT = 'docs/screenshots';
const h = await launch();
const newestTab = () => h.worker.evaluate<number>('(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)))()');
try {
  // Popup: the demo draft, its weakest dimension opened.
  const page = await h.open('demo.html');
  await page.click('#answer');
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  // Our UI lives in closed roots on web pages: the harness reaches it from the content script's world.
  await uiWait(page, MIRROR, '.star-coach-mark', { timeout: 10_000 });
  const tabId = await newestTab();
  const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.locator('li[data-dimension] button.sc-dim').first().click();
  await popup.waitForTimeout(150);
  await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });
  await popup.close();
  await page.close();

  // The right-click check on plain page text, in its on-page panel.
  const sel = await h.open('ui-selection.html');
  await sel.setViewportSize({ width: 1100, height: 760 });
  const text = await sel.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('answer')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  const selTab = await newestTab();
  await h.worker.evaluate(
    `(async () => chrome.contextMenus.onClicked.dispatch({ menuItemId: 'star-coach-check-selection', selectionText: ${JSON.stringify(text)}, editable: false }, await chrome.tabs.get(${selTab})))()`,
  );
  await uiWait(sel, 'star-coach-selection-panel', '[data-testid="overall-score"]', { timeout: 10_000 });
  await sel.waitForTimeout(150);
  await sel.screenshot({ path: `${OUT}/selection-panel.png` });
  await sel.close();

  // Practice page with a draft and a short history.
  const practice = await h.open(`chrome-extension://${h.extensionId}/practice.html`);
  await practice.setViewportSize({ width: 1200, height: 860 });
  await practice.waitForFunction(() => !(document.getElementById('practice-answer') as HTMLTextAreaElement).disabled);
  await h.worker.evaluate(`chrome.storage.local.set({ 'practice-history': { 'caught-issue': [
    { at: Date.now() - 3 * 86400000, score: 52 }, { at: Date.now() - 2 * 86400000, score: 61 }, { at: Date.now() - 86400000, score: 70 } ] } })`);
  await practice.reload();
  await practice.waitForFunction(() => !(document.getElementById('practice-answer') as HTMLTextAreaElement).disabled);
  await practice.click('#practice-answer');
  await practice.keyboard.insertText(
    'Our checkout service sent order webhooks through a pipeline owned by the Platform team. I noticed a 0.3% drop rate in their dashboard; it was not my team and there was no ticket. ' +
      'We figured out the root cause together and I wrote a retry fix. I added alerts and tracked the drop rate to zero, which recovered $8K a week.',
  );
  await practice.locator('[data-testid="overall-score"]').waitFor({ timeout: 10_000 });
  await practice.locator('li[data-dimension] button.sc-dim').first().click();
  await practice.waitForTimeout(300);
  await practice.screenshot({ path: `${OUT}/practice.png` });
  await practice.close();

  const options = await h.open(`chrome-extension://${h.extensionId}/options.html`);
  await options.setViewportSize({ width: 900, height: 1100 });
  await h.worker.evaluate(`chrome.storage.sync.get('settings').then(({ settings }) => chrome.storage.sync.set({ settings: { ...settings, disabledSites: ['https://mail.example.com'], mutedKinds: { 'https://jobs.example.com': ['we-action'] } } }))`);
  await options.getByText('https://mail.example.com').waitFor();
  await options.locator('[data-testid="muted-kinds"] li[data-kind="we-action"]').waitFor();
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });

  // The first-run page, with its sample answer coached.
  const welcome = await h.open(`chrome-extension://${h.extensionId}/welcome.html`);
  await welcome.setViewportSize({ width: 900, height: 1100 });
  await welcome.locator('star-coach-mirror .star-coach-mark').first().waitFor({ state: 'attached', timeout: 10_000 });
  await welcome.screenshot({ path: `${OUT}/welcome.png`, fullPage: true });
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await h.close();
}

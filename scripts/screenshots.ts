// `npm run screenshots`: the README's pictures, taken from the built extension in Debian's Chromium.
import { launch } from '../tests/e2e/harness';

const OUT = 'docs/screenshots';

const h = await launch();
try {
  const page = await h.open('demo.html');
  await page.setViewportSize({ width: 900, height: 520 });
  await page.click('#answer');
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await page.locator('star-coach-mirror .star-coach-mark').first().waitFor({ state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/textarea-highlights.png` });
  const tabId = await h.worker.evaluate<number>('(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)))()');
  const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 390, height: 560 });
  await popup.locator('li[data-dimension]').first().waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await h.close();
}

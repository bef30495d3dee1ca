// Part of `npm run screenshots`: docs/screenshots/gdocs.png, the Docs
// fixture with STAR Coach's marks over the canvas and a finding's card open, from the real browser.
import { launch, uiPoint, uiWait } from '../tests/e2e/harness';

const h = await launch();
try {
  const page = await h.open('gdocs/hook.html?star-coach-docs-fixture=1');
  await page.setViewportSize({ width: 1000, height: 560 });
  // The layer's marks and card are in a closed root: read from the content script's world.
  await uiWait(page, 'star-coach-docs', '.star-coach-mark[data-finding-id="we-action"]', { timeout: 10_000 });
  // The overlay is redrawn as Docs re-renders: wait for a laid-out mark before clicking it.
  await page.waitForTimeout(300);
  const mark = (await uiWait(page, 'star-coach-docs', '.star-coach-mark[data-finding-id="we-action"]'))!;
  const { x, y } = await uiPoint(page, mark);
  await page.mouse.click(x, y);
  await uiWait(page, 'star-coach-card', '.card');
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/screenshots/gdocs.png' });
  console.log('wrote docs/screenshots/gdocs.png');
} finally {
  await h.close();
}

// Part of `npm run screenshots`: docs/screenshots/gdocs.png, the Docs
// fixture with STAR Coach's marks over the canvas and a finding's card open, from the real browser.
import { launch } from '../tests/e2e/harness';

const h = await launch();
try {
  const page = await h.open('gdocs/hook.html?star-coach-docs-fixture=1');
  await page.setViewportSize({ width: 1000, height: 560 });
  const mark = page.locator('star-coach-docs .star-coach-mark[data-finding-id="we-action"]').first();
  await mark.waitFor({ state: 'visible', timeout: 10_000 });
  // The overlay is redrawn as Docs re-renders: wait for a laid-out mark before clicking it.
  await page.waitForTimeout(300);
  const box = (await mark.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('star-coach-docs .card').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/screenshots/gdocs.png' });
  console.log('wrote docs/screenshots/gdocs.png');
} finally {
  await h.close();
}

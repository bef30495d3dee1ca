// Part of `npm run screenshots`: live coaching in a textarea, with and without a finding's card open.
import { launch } from '../tests/e2e/harness';

const OUT = 'docs/screenshots';

const h = await launch();
try {
  const page = await h.open('demo.html');
  await page.setViewportSize({ width: 900, height: 560 });
  await page.click('#answer');
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  const mark = page.locator('star-coach-mirror .star-coach-mark').first();
  await mark.waitFor({ state: 'attached', timeout: 10_000 });
  // Focusing a field with text analyses it at once, and the typed space again after the pause:
  // wait for that second drawing, so the mark measured below is the one on screen.
  await page.waitForTimeout(1_000);
  await mark.waitFor({ state: 'attached', timeout: 10_000 });
  await page.screenshot({ path: `${OUT}/textarea-highlights.png` });
  // Hover the first underline: its card opens beside it without taking focus.
  const box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/card.png` });
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await h.close();
}

// Part of `npm run screenshots`: live coaching in a textarea, with and without a finding's card open.
import { MIRROR, launch, uiPoint, uiWait } from '../tests/e2e/harness';

const OUT = 'docs/screenshots';

const h = await launch();
try {
  const page = await h.open('demo.html');
  await page.setViewportSize({ width: 900, height: 560 });
  await page.click('#answer');
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  // Our UI lives in closed roots: the harness reaches it from the content script's world.
  await uiWait(page, MIRROR, '.star-coach-mark', { timeout: 10_000 });
  // Focusing a field with text analyses it at once, and the typed space again after the pause:
  // wait for that second drawing, so the mark measured below is the one on screen.
  await page.waitForTimeout(1_000);
  const mark = (await uiWait(page, MIRROR, '.star-coach-mark', { timeout: 10_000 }))!;
  await page.screenshot({ path: `${OUT}/textarea-highlights.png` });
  // Hover the first underline: its card opens beside it without taking focus.
  const { x, y } = await uiPoint(page, mark);
  await page.mouse.move(x, y);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/card.png` });
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await h.close();
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MIRROR, badgeState, launch, mirrorMarks, uiWait, type Harness } from './harness';
import { DIMENSIONS } from '../../lib/types';

describe('first run', () => {
  let h: Harness;
  let welcome: Page;
  beforeAll(async () => {
    h = await launch({ keepWelcome: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('installing opens the welcome page', async () => {
    const url = `chrome-extension://${h.extensionId}/welcome.html`;
    const found = async () => h.ctx.pages().find((p) => p.url() === url);
    await expect.poll(found, { timeout: 10_000 }).toBeTruthy();
    welcome = (await found())!;
    await welcome.waitForLoadState();
    expect(await welcome.title()).toBe('Welcome · STAR Coach');
  });

  it('shows the legend: each dimension with its colour, underline style and mark', async () => {
    const rows = welcome.locator('[data-testid="legend"] tbody tr');
    expect(await rows.count()).toBe(DIMENSIONS.length);
    const looks = await welcome.locator('[data-testid="legend"] .sample').evaluateAll((els) =>
      els.map((e) => {
        const cs = getComputedStyle(e);
        return `${cs.textDecorationStyle} ${cs.textDecorationThickness} ${cs.textDecorationColor}`;
      }),
    );
    expect(new Set(looks).size).toBe(DIMENSIONS.length);
    const marks = await welcome.locator('[data-testid="legend"] .dim-mark').allTextContents();
    expect(new Set(marks).size).toBe(DIMENSIONS.length);
  });

  it('coaches its sample answer live, and the coaching follows edits', async () => {
    await uiWait(welcome, MIRROR, '.star-coach-mark');
    const words = (await mirrorMarks(welcome)).map((m) => m.text);
    expect(words).toContain('We looked into');
    const before = (await badgeState(welcome))!.count;
    expect(before).toBeGreaterThan(2);
    // Rewriting the we-sentence in the first person removes its finding.
    await welcome.locator('#sample').fill(
      (await welcome.locator('#sample').inputValue()).replace('We looked into it together and we deployed', 'I looked into it and I deployed'),
    );
    await welcome.locator('#sample').press('End');
    await welcome.keyboard.type(' ');
    await expect.poll(async () => (await mirrorMarks(welcome)).map((m) => m.text).includes('We looked into'), { timeout: 10_000 }).toBe(false);
  });

  it('is reachable again from the options page', async () => {
    const options = await h.open(`chrome-extension://${h.extensionId}/options.html`);
    const link = options.locator('a[href$="/welcome.html"]');
    expect(await link.count()).toBe(1);
    await options.close();
  });
});

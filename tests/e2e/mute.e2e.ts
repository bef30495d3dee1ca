import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BADGE, CARD, MIRROR, badgeState, inUi, launch, uiAll, uiClick, uiWait, type Harness } from './harness';
import { analyze } from '../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../lib/settings';

// A weak answer: "We figured out … we deployed" gives we-action findings, among others.
const ANSWER =
  'Our payments service sent webhooks to partners. I noticed a drop in deliveries last spring. ' +
  'We figured out the root cause together and we deployed a retry fix. The team was happy with the result.';

/** The open card's finding id (our roots are closed: read through the harness). */
const cardId = async (page: Page) => (await uiAll(page, CARD, '.card'))[0]?.attrs['data-finding-id'] ?? null;
/** The we-action underlines drawn in the textarea's mirror. */
const weMarks = (page: Page) =>
  uiAll(page, MIRROR, '.star-coach-mark[data-finding-id="we-action"]').then((m) => m.length);
const otherMarks = (page: Page) =>
  uiAll(page, MIRROR, '.star-coach-mark:not([data-finding-id="we-action"])').then((m) => m.length);

async function typeAnswer(page: Page): Promise<void> {
  await page.click('#answer');
  await page.keyboard.insertText(ANSWER.slice(0, -1));
  await page.keyboard.type(ANSWER.slice(-1));
  await uiWait(page, BADGE, '.badge', { timeout: 10_000 });
}

describe('"Stop flagging this kind here"', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.worker.evaluate('Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()])');
  });

  it('mutes a kind on the page at once and after a reload; Flag again in the options brings it back live', async () => {
    const expected = analyze(ANSWER, DEFAULT_SETTINGS).findings.filter((f) => f.id === 'we-action' && f.start !== undefined).length;
    expect(expected).toBeGreaterThan(0);
    const page = await h.open('ui-trust.html');
    await typeAnswer(page);
    await expect.poll(() => weMarks(page), { timeout: 10_000 }).toBe(expected);
    const others = await otherMarks(page);
    expect(others).toBeGreaterThan(0);

    // From the keyboard: step to a we-action card, Alt+Shift+K.
    for (let i = 0; i < 20 && (await cardId(page)) !== 'we-action'; i++) {
      await page.keyboard.press('Alt+Shift+Period');
      await uiWait(page, CARD, '.card', { timeout: 5_000 });
    }
    expect(await cardId(page)).toBe('we-action');
    expect((await uiAll(page, CARD, '.card button.mute'))[0]?.text).toBe('Stop flagging this kind here');
    await page.keyboard.press('Alt+Shift+KeyK');
    // Gone at once, every we-action underline; the other kinds stay.
    expect(await weMarks(page)).toBe(0);
    expect(await otherMarks(page)).toBe(others);
    await uiWait(page, CARD, '.toast', { timeout: 5_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    // Kept in the settings for this origin only, as the worker saw the sender.
    const origin = new URL(page.url()).origin;
    await expect
      .poll(() => h.worker.evaluate<Record<string, string[]>>('chrome.storage.sync.get("settings").then((r) => r.settings?.mutedKinds ?? {})'))
      .toEqual({ [origin]: ['we-action'] });

    // After a reload: the worker leaves the kind out of the report.
    await page.reload();
    await typeAnswer(page);
    await expect.poll(() => otherMarks(page), { timeout: 10_000 }).toBe(others);
    expect(await weMarks(page)).toBe(0);
    const count = (await badgeState(page))?.count;
    expect(count).toBe(analyze(ANSWER, DEFAULT_SETTINGS).findings.filter((f) => f.id !== 'we-action').length);

    // The options page lists it; Flag again brings the underlines back in the open tab, without a reload.
    const options = await h.open(`chrome-extension://${h.extensionId}/options.html`);
    const row = options.locator(`[data-testid="muted-kinds"] li[data-kind="we-action"][data-site="${origin}"]`);
    await row.waitFor({ timeout: 10_000 });
    await row.locator('button').click();
    await options.locator('[data-testid="no-muted-kinds"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => weMarks(page), { timeout: 10_000 }).toBe(expected);
    await options.close();
    await page.close();
  });

  it('the card\'s button mutes too, and Undo in its toast flags the kind again', async () => {
    const page = await h.open('ui-trust.html');
    await typeAnswer(page);
    await expect.poll(() => weMarks(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await weMarks(page);
    await inUi(page, (ui) => {
      const mark = ui.all('star-coach-mirror', '.star-coach-mark[data-finding-id="we-action"]')[0]!;
      mark.scrollIntoView({ block: 'center' });
    });
    for (let i = 0; i < 20 && (await cardId(page)) !== 'we-action'; i++) {
      await page.keyboard.press('Alt+Shift+Period');
      await uiWait(page, CARD, '.card', { timeout: 5_000 });
    }
    await uiClick(page, CARD, '.card button.mute');
    expect(await weMarks(page)).toBe(0);
    await uiClick(page, CARD, '.toast button.undo');
    await expect.poll(() => weMarks(page), { timeout: 10_000 }).toBe(before);
    await expect
      .poll(() => h.worker.evaluate<Record<string, string[]>>('chrome.storage.sync.get("settings").then((r) => r.settings?.mutedKinds ?? {})'))
      .toEqual({});
    await page.close();
  });

  it('leaves the host pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

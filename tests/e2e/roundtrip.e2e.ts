import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIRROR, highlightsByDimension, launch, uiWait, type Harness } from './harness';
import { analyze } from '../../lib/analyze';

/** The problem first, then a we-action (an opening "We ..." sentence may be read as situation context). */
const WEAK = 'The nightly sync dropped orders. We figured out the root cause together.';
/** The words the engine puts in the ownership highlight for WEAK. */
const OWNERSHIP = analyze(WEAK)
  .findings.filter((f) => f.dimension === 'ownership' && f.start !== undefined)
  .map((f) => WEAK.slice(f.start, f.end));

describe('round trip: content → background → highlight', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines the we-action in a textarea without touching its value', async () => {
    const page = await h.open('textarea.html');
    await page.click('#answer');
    await page.keyboard.type(WEAK);
    const mark = (await uiWait(page, MIRROR, '.star-coach-mark[data-finding-id="we-action"]'))!;
    expect(mark.text).toBe('We figured out');
    expect(await page.inputValue('#answer')).toBe(WEAK);
    expect(await page.evaluate(() => document.getElementById('answer')!.childNodes.length)).toBe(0);

    // The mark sits over the words it names, inside the textarea's box.
    const [markBox, fieldBox] = [mark.box, await page.locator('#answer').boundingBox()];
    expect(markBox!.x).toBeGreaterThanOrEqual(fieldBox!.x);
    expect(markBox!.y).toBeGreaterThanOrEqual(fieldBox!.y);
    expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(fieldBox!.y + fieldBox!.height);
    await page.close();
  });

  it('highlights the we-action in a contenteditable through CSS Custom Highlights', async () => {
    const page = await h.open('contenteditable.html');
    await page.click('#editor');
    await page.keyboard.type(WEAK);
    expect(OWNERSHIP).toContain('We figured out');
    // Waits for the highlight of the whole draft (a slow machine may first show a partly typed one).
    await expect.poll(async () => (await highlightsByDimension(page)).ownership ?? null, { timeout: 10_000 }).toEqual(OWNERSHIP);
    expect(await page.locator('#editor').innerText()).toBe(WEAK);
    await page.close();
  });

  it('shows the tab\'s report in the popup', async () => {
    const page = await h.open('textarea.html');
    await page.click('#answer');
    await page.keyboard.type(WEAK);
    await uiWait(page, MIRROR, '.star-coach-mark');
    // The newest tab is the page just opened (tab URLs are hidden: the extension has no "tabs" permission).
    const tabId = await h.worker.evaluate<number>('(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)))()');
    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    const ownership = popup.locator('li[data-dimension="ownership"]');
    await ownership.waitFor({ timeout: 10_000 });
    expect(await ownership.getAttribute('data-status')).toBe('needs-work');
    await popup.close();
    await page.close();
  });

  it('leaves the host pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

// Lifecycle: the service worker stopped mid-typing, the extension reloaded under an open page, and a
// field removed while its report is in flight.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { analyze } from '../../lib/analyze';
import {
  PROBLEM,
  WEAK,
  expectedMarks,
  extensionPage,
  highlightTexts,
  inContentScript,
  openTab,
  storedTabReport,
  waitForHighlightCount,
  waitForMarkDetails,
  watchErrors,
  workerControl,
  type ChromeApi,
} from './hostile-tools';

/** A draft whose we-action the engine flags: the problem first, then "We figured out …". */
const STORY = `${PROBLEM} ${WEAK}`;

/** How many ranges the engine's report for `text` puts in the ownership highlight. */
const ownershipSpans = (text: string) =>
  analyze(text).findings.filter((f) => f.dimension === 'ownership' && f.start !== undefined).length;

/**
 * Make the content script's next message to the worker also remove `selector` from the page, right
 * after the message leaves: the field is gone while its report is in flight.
 */
async function removeOnNextSend(page: Page, extensionId: string, selector: string): Promise<void> {
  await inContentScript(
    page,
    extensionId,
    `(() => {
      const runtime = chrome.runtime;
      const send = runtime.sendMessage;
      runtime.sendMessage = function (...args) {
        runtime.sendMessage = send;
        const result = send.apply(runtime, args);
        document.querySelector(${JSON.stringify(selector)})?.remove();
        return result;
      };
      return true;
    })()`,
  );
}

describe('lifecycle', () => {
  let h: Harness;
  let ext: Page;
  beforeAll(async () => {
    h = await launch();
    ext = await extensionPage(h);
  });

  it('the drafts below are ones the engine flags', () => {
    expect(expectedMarks(STORY)).toContain('we-action: We figured out');
    expect(ownershipSpans(STORY)).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the service worker stopped in the middle of typing: the next edit is still analysed', async () => {
    const { page, tabId } = await openTab(h, ext, 'textarea.html');
    const errors = await watchErrors(page, h.extensionId);
    const worker = await workerControl(h, ext);
    const first = `${PROBLEM} ${WEAK} Then`;
    const final = `${first} it was fixed. ${WEAK}`;
    const we = 'we-action: We figured out';
    // What the engine makes of both drafts; each holds one more we-action than the one before.
    const before = expectedMarks(first);
    const after = expectedMarks(final);
    expect(before.filter((m) => m === we)).toHaveLength(1);
    expect(after.filter((m) => m === we)).toHaveLength(2);
    await page.click('#answer');
    await page.keyboard.type(first);
    await waitForMarkDetails(page, before);

    await worker.stop();
    expect(worker.status()).toBe('stopped');
    await page.keyboard.type(final.slice(first.length));
    await waitForMarkDetails(page, after);
    expect(worker.status()).toBe('running');
    expect((await storedTabReport(ext, tabId))?.text).toBe(final);
    expect(errors).toEqual([]);
    await worker.cdp.detach();
    await page.close();
  });

  it('a field removed while its report is in flight leaves no mirror behind', async () => {
    const { page } = await openTab(h, ext, 'textarea.html');
    const errors = await watchErrors(page, h.extensionId);
    await page.click('#answer');
    await page.keyboard.type(STORY);
    await waitForMarkDetails(page, expectedMarks(STORY));

    await removeOnNextSend(page, h.extensionId, '#answer');
    await page.keyboard.type(` ${WEAK}`);
    await page.waitForFunction(() => !document.getElementById('answer'), undefined, { timeout: 15_000 });
    // Give the in-flight report time to come back and be (not) drawn.
    await page.waitForTimeout(1_500);
    expect(await page.locator('star-coach-mirror').count()).toBe(0);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });

  it('a contenteditable removed while its report is in flight leaves no highlight behind', async () => {
    const { page } = await openTab(h, ext, 'contenteditable.html');
    const errors = await watchErrors(page, h.extensionId);
    await page.click('#editor');
    await page.keyboard.type(STORY);
    await waitForHighlightCount(page, ownershipSpans(STORY));

    await removeOnNextSend(page, h.extensionId, '#editor');
    await page.keyboard.type(` ${WEAK}`);
    await page.waitForFunction(() => !document.getElementById('editor'), undefined, { timeout: 15_000 });
    await page.waitForTimeout(1_500);
    expect(await highlightTexts(page)).toBeNull();
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });

  // Last: it reloads the extension under every open page (and here it does not come back).
  it('the extension reloaded while a page is open: the old content script goes quiet, with no errors', async () => {
    const { page } = await openTab(h, ext, 'textarea.html');
    const errors = await watchErrors(page, h.extensionId);
    await page.click('#answer');
    await page.keyboard.type(STORY);
    await waitForMarkDetails(page, expectedMarks(STORY));

    // The options page evaluating this is closed by the reload itself, hence the catch.
    await ext.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.reload()).catch(() => {});
    await expect.poll(() => ext.isClosed(), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(1_000);

    // The user keeps typing in the old page: it still works, and the orphaned script neither
    // throws nor leaves stale underlines on text they no longer match.
    await page.keyboard.press('Home');
    await page.keyboard.type('Honestly, ');
    await page.waitForTimeout(1_500);
    expect(await page.inputValue('#answer')).toBe(`Honestly, ${STORY}`);
    expect(await page.locator('star-coach-mirror').count()).toBe(0); // no mirror, so no marks
    expect(errors).toEqual([]);
    expect(h.pageErrors).toEqual([]);

    // Not checked: that the reloaded extension comes back. Under Playwright's command-line loading
    // (--load-extension) Chromium does not re-enable it after chrome.runtime.reload(); extension
    // pages answer ERR_BLOCKED_BY_CLIENT from then on.
    await page.close();
  });
});

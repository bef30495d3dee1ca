// A page cannot exhaust the coach: a huge paste in one tab leaves other tabs' coaching working;
// and a content script cannot read what the extension keeps in storage.local.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../lib/analyze';
import { DEBOUNCE_MS } from '../../content/live/session';
import { launch, type Harness } from './harness';
import { type ChromeApi, PROBLEM, WEAK, expectedMarks, extensionPage, inContentScript, openTab, storedTabReport, waitForMarkDetails, workerAnalyses } from './hostile-tools';

const STORY = `${PROBLEM} ${WEAK}`;

async function typeAndTime(page: Page, text: string): Promise<number> {
  await page.click('#answer');
  await page.keyboard.insertText(text);
  const typed = Date.now();
  await waitForMarkDetails(page, expectedMarks(text), 30_000);
  return Date.now() - typed;
}

describe('hardening: one page cannot exhaust the coach', () => {
  let h: Harness;
  let ext: Page;

  beforeAll(async () => {
    h = await launch();
    ext = await extensionPage(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a 10-million-character paste in one tab leaves another tab\'s coaching working', async () => {
    const { page: flood, tabId: floodTab } = await openTab(h, ext, 'textarea.html');
    const huge = `${STORY} `.repeat(Math.ceil(10_000_000 / (STORY.length + 1))).slice(0, 10_000_000);
    await flood.click('#answer');
    await flood.keyboard.insertText(huge);
    expect(await flood.evaluate(() => (document.querySelector('#answer') as HTMLTextAreaElement).value.length)).toBe(10_000_000);
    await expect
      .poll(async () => (await storedTabReport(ext, floodTab))?.text.length ?? 0, { timeout: 60_000, interval: 500 })
      .toBe(MAX_TEXT_LENGTH); // kept: only what was analysed

    const { page, tabId } = await openTab(h, ext, 'textarea.html');
    await typeAndTime(page, STORY);
    expect((await storedTabReport(ext, tabId))?.text).toBe(STORY);
    const session = await ext.evaluate(async () => {
      const area = (globalThis as unknown as { chrome: { storage: { session: { getBytesInUse(keys: null): Promise<number>; QUOTA_BYTES: number } } } }).chrome.storage.session;
      return { used: await area.getBytesInUse(null), quota: area.QUOTA_BYTES };
    });
    expect(session.used).toBeLessThan(session.quota / 10);
    expect(await ext.evaluate(async (key) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get(key))[key] ?? null, `tab-report-problem:${tabId}`)).toBeNull();
    expect(h.pageErrors).toEqual([]);
    await flood.close();
    await page.close();
  });

  it('a tab flooding the worker delays another tab\'s report by at most one analysis', async () => {
    const { page: hostile, tabId: hostileTab } = await openTab(h, ext, 'textarea.html');
    // A subverted content script asks for many long analyses at once, each under its own key.
    const FLOOD = 24;
    // Every request's sentences are new to the worker (no cache can answer them).
    await inContentScript(
      hostile,
      h.extensionId,
      `(() => {
        for (let i = 0; i < ${FLOOD}; i++) {
          let text = '';
          for (let j = 0; text.length < ${MAX_TEXT_LENGTH} - 200; j++) text += 'The nightly sync dropped ' + (i * 100000 + j) + ' orders. We figured out the root cause ' + j + ' times together. ';
          chrome.runtime.sendMessage({ id: 900000 + i, type: 'analyzeText', data: { text }, timestamp: Date.now() }).catch(() => {});
        }
        return true;
      })()`,
    );
    await expect.poll(async () => (await workerAnalyses(h)).filter((a) => a.tab === hostileTab && a.started !== undefined).length, { timeout: 30_000 }).toBeGreaterThan(0);

    const { page, tabId } = await openTab(h, ext, 'textarea.html');
    const elapsed = await typeAndTime(page, STORY);
    const log = await workerAnalyses(h);
    const mine = log.filter((a) => a.tab === tabId && a.answered === 'report').at(-1)!;
    expect(mine.started).toBeDefined();
    // The flood was still queued when this tab asked…
    expect(mine.waiting[hostileTab] ?? 0).toBeGreaterThan(FLOOD / 2);
    // …and this tab waited for at most the one analysis already running (plus the event loop's turn).
    const flood = log.filter((a) => a.tab === hostileTab && a.ended !== undefined && a.started !== undefined);
    const longest = Math.max(...flood.map((a) => a.ended! - a.started!));
    expect(mine.started! - mine.requested).toBeLessThanOrEqual(longest + 100);
    // From the keystroke: the debounce, the message's way to the worker, at most one of the flood's
    // analyses, its own and the drawing (a worker taking requests first come, first served takes
    // the whole flood).
    expect(elapsed).toBeLessThanOrEqual(DEBOUNCE_MS + longest + 1_500);
    await hostile.close();
    await page.close();
  });
});

describe('hardening: storage.local is closed to content scripts', () => {
  let h: Harness;
  let ext: Page;

  beforeAll(async () => {
    h = await launch();
    ext = await extensionPage(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a content script cannot read or write practice drafts, score history or dismissals', async () => {
    const secret = 'My practice answer about the payroll outage.';
    await ext.evaluate(async (text) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({ 'practice-drafts': { 'caught-issue': text }, 'practice-history': { 'caught-issue': [{ at: 1, score: 50 }] } });
    }, secret);
    const { page } = await openTab(h, ext, 'textarea.html');
    // Live coaching running (so the content script is fully started), and dismissals still load.
    await typeAndTime(page, STORY);
    const attempt = await inContentScript<{ read: string; write: string }>(
      page,
      h.extensionId,
      `(async () => {
        const local = chrome.storage && chrome.storage.local;
        const read = await (async () => {
          try { return JSON.stringify(await local.get(null)); } catch (e) { return 'refused: ' + e.message; }
        })();
        const write = await (async () => {
          try { await local.set({ 'practice-drafts': {} }); return 'written'; } catch (e) { return 'refused: ' + e.message; }
        })();
        return { read, write };
      })()`,
    );
    expect(attempt.read).toMatch(/^refused/);
    expect(attempt.read).not.toContain(secret);
    expect(attempt.write).toMatch(/^refused/);
    // The extension's own pages still read them, untouched.
    const kept = await ext.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('practice-drafts'))['practice-drafts']);
    expect(kept).toEqual({ 'caught-issue': secret });
    // Nothing of STAR Coach's own touches storage.local from the page (it would be refused, loudly).
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});

// Security: a web page cannot make the extension do or reveal anything, and user text is always
// rendered as text, never as HTML.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, inUi, launch } from './harness';
import {
  PROBLEM,
  WEAK,
  expectedMarks,
  extensionPage,
  inContentScript,
  openTab,
  storedTabReport,
  waitForMarkDetails,
} from './hostile-tools';

/** A draft whose we-action the engine flags: the problem first, then "We figured out …". */
const STORY = `${PROBLEM} ${WEAK}`;

describe('security: only STAR Coach talks to STAR Coach', () => {
  let h: Harness;
  let ext: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    h = await launch();
    h.ctx.on('request', (r) => requested.push(r.url()));
    ext = await extensionPage(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a page has no channel to the extension (no externally_connectable)', async () => {
    const { page } = await openTab(h, ext, 'textarea.html');
    const reachable = await page.evaluate((id) => {
      const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } }).chrome;
      return { sendMessage: typeof c?.runtime?.sendMessage, connect: typeof c?.runtime?.connect, id };
    }, h.extensionId);
    expect(reachable.sendMessage).toBe('undefined');
    expect(reachable.connect).toBe('undefined');
    await page.close();
  });

  it('a page cannot find the files the content script loads on demand: not at their static URLs, not in its resource timing', async () => {
    const { page, tabId } = await openTab(h, ext, 'textarea.html');
    await page.click('#answer');
    await page.keyboard.type('We figured out the root cause together.');
    await page.locator('star-coach-mirror').waitFor({ state: 'attached', timeout: 10_000 }); // live-coach.js has loaded
    // The selection panel's file too: the shortcut's check (here, with nothing selected, its notice) loads it.
    await h.worker.evaluate(`(async () => chrome.commands.onCommand.dispatch('check-selection', await chrome.tabs.get(${tabId})))()`);
    await page.locator('star-coach-notice, star-coach-selection-panel').first().waitFor({ state: 'attached', timeout: 10_000 });
    const files = ['live-coach.js', 'selection-panel.js'];
    const before = h.pageErrors.length;
    const seen = await page.evaluate(async ({ id, files }) => {
      const probes = await Promise.all(
        files.map((file) => fetch(`chrome-extension://${id}/${file}`).then((r) => `status ${r.status}`, () => 'refused')),
      );
      return { probes, resources: performance.getEntriesByType('resource').map((e) => e.name) };
    }, { id: h.extensionId, files });
    expect(seen.probes).toEqual(files.map(() => 'refused'));
    // The console errors the refused probes themselves cause are Chrome's, not ours: take them out.
    await page.waitForTimeout(200);
    const probeErrors = h.pageErrors.splice(before);
    expect(probeErrors.every((e) => /Denying load of chrome-extension:\/\/[a-p]{32}\/(live-coach|selection-panel)\.js|net::ERR_FAILED/.test(e))).toBe(true);
    expect(seen.resources.filter((u) => u.startsWith('chrome-extension:'))).toEqual([]);
    await page.close();
  });

  it('does not announce itself to pages (no extension id in window messages, no event by a known name)', async () => {
    // A site that can tell STAR Coach is installed learns its visitor is preparing for interviews.
    const names = [`${h.extensionId}:content:wxt:content-script-started`, `${h.extensionId}:content:wxt:locationchange`, 'star-coach-ping', 'star-coach'];
    const { page } = await openTab(h, ext, `hostile/fingerprint.html?listen=${encodeURIComponent(names.join(','))}`);
    await page.waitForTimeout(1_000);
    await page.click('#answer');
    await page.keyboard.type('We figured out the root cause together.');
    // Live coaching ran (so every start-up path was taken, claims included).
    await page.locator('star-coach-mirror').waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(500);
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes(h.extensionId) || /star.?coach|wxt/i.test(m))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __events: string[] }).__events)).toEqual([]);
    await page.close();
  });

  it('messages a page posts in the protocol\'s formats trigger no analysis and get no answer', async () => {
    const { page, tabId } = await openTab(h, ext, 'textarea.html');
    const answers = await page.evaluate(async (text) => {
      const seen: unknown[] = [];
      window.addEventListener('message', (e) => {
        if (e.source === window && JSON.stringify(e.data).includes('response')) seen.push(e.data);
      });
      document.addEventListener('@webext-core/messaging/custom-events/response', (e) => seen.push((e as CustomEvent).detail));
      const draft = { text, fieldKind: 'textarea', site: location.origin };
      for (const type of ['analyzeDraft', 'analyzeText', 'getTabReport']) {
        const message = { id: 1, type, data: type === 'getTabReport' ? { tabId: 1 } : draft, timestamp: Date.now() };
        // Bare protocol messages, and @webext-core's own window and custom-event transports.
        window.postMessage(message, '*');
        window.postMessage({ type: '@webext-core/messaging/window', message, senderOrigin: location.origin, namespace: 'star-coach', instanceId: 'page' }, '*');
        window.dispatchEvent(new CustomEvent('@webext-core/messaging/custom-events', { detail: { message, namespace: 'star-coach', instanceId: 'page' } }));
      }
      await new Promise((ok) => setTimeout(ok, 1_500));
      return seen;
    }, WEAK);
    expect(answers).toEqual([]);
    expect(await storedTabReport(ext, tabId)).toBeNull();
    expect(await page.locator('star-coach-mirror').count()).toBe(0); // no mirror, so no marks
    await page.close();
  });

  it('a content script may analyse, but not read another tab\'s draft', async () => {
    const a = await openTab(h, ext, 'textarea.html');
    await a.page.click('#answer');
    await a.page.keyboard.type(STORY);
    await waitForMarkDetails(a.page, expectedMarks(STORY));
    expect((await storedTabReport(ext, a.tabId))?.text).toBe(STORY);

    // A content script is the page's closest neighbour: if a page ever subverted one, it must still
    // not be able to read what the user wrote in another tab. The popup and side panel may.
    const b = await openTab(h, ext, 'contenteditable.html');
    const ask = (type: string, data: unknown) =>
      inContentScript<{ res?: unknown; err?: { message: string } }>(
        b.page,
        h.extensionId,
        `chrome.runtime.sendMessage(${JSON.stringify({ id: 7, type, data, timestamp: 1 })})`,
      );
    const read = await ask('getTabReport', { tabId: a.tabId });
    expect(read.res ?? null).toBeNull();
    expect(read.err?.message).toMatch(/Refused/);
    const analysed = await ask('analyzeText', { text: STORY });
    expect((analysed.res as { findings: Array<{ id: string }> }).findings.map((f) => f.id)).toContain('we-action');
    await b.page.close();
    await a.page.close();
  });

  it('renders markup in a draft as text in the marks and the popup', async () => {
    const payload = '<img src="/xss-img" onerror="fetch(\'/xss-ran\')"><b id="xss-b">bold</b> ';
    const draft = `${payload}${STORY}`;
    const expected = expectedMarks(draft);
    expect(expected).toContain('we-action: We figured out');
    const { page, tabId } = await openTab(h, ext, 'textarea.html');
    await page.click('#answer');
    await page.keyboard.type(draft);
    await waitForMarkDetails(page, expected);
    const mirror = await inUi(page, (ui) => {
      const root = ui.root(ui.document.querySelector('star-coach-mirror'))!;
      return { text: root.textContent, elements: [...root.querySelectorAll('*')].map((e) => e.tagName) };
    });
    expect(mirror.text).toContain(payload);
    expect(mirror.elements.filter((t) => t !== 'DIV' && t !== 'SPAN')).toEqual([]);

    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('li[data-dimension="ownership"]').waitFor({ timeout: 15_000 });
    await popup.waitForTimeout(500);
    expect(await popup.locator('img, #xss-b').count()).toBe(0);
    expect(requested.filter((u) => u.includes('/xss-'))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('leaves the pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

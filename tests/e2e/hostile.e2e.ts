// Pages that fight back, and input beyond the engine's limit: STAR Coach still coaches (or steps
// aside cleanly), the page's own behaviour keeps working, and nothing we do raises an error there.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../lib/analyze';
import { MIRROR, inUi, launch, mirrorMarks, uiWait, type Harness } from './harness';
import { analyze } from '../../lib/analyze';
import { DIMENSION_UNDERLINES } from '../../components/palette';
import type { Dimension } from '../../lib/types';
import {
  PROBLEM,
  WEAK as WE_SENTENCE,
  expectedMarks,
  extensionPage,
  highlightTexts,
  markDetails,
  markTexts,
  openTab,
  storedTabReport,
  waitForHighlightCount,
  waitForMarkDetails,
  watchErrors,
} from './hostile-tools';

/** A draft whose we-action the engine flags: the problem first, then "We figured out …". */
const WEAK = `${PROBLEM} ${WE_SENTENCE}`;
/** The marks a textarea shows for WEAK, and the words in the ownership highlight of a contenteditable. */
const WEAK_MARKS = expectedMarks(WEAK);
const WEAK_OWNERSHIP = analyze(WEAK)
  .findings.filter((f) => f.dimension === 'ownership' && f.start !== undefined)
  .map((f) => WEAK.slice(f.start, f.end));

const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";
/** Headers of a page isolated the way pages that want SharedArrayBuffer are, with Trusted Types enforced. */
const ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'content-security-policy': `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'`,
};

describe('hostile pages', () => {
  let h: Harness;
  let ext: Page;

  beforeAll(async () => {
    h = await launch({
      headers: (path): Record<string, string> =>
        path === 'hostile/csp.html'
          ? { 'content-security-policy': CSP }
          : path === 'hostile/isolated.html'
            ? ISOLATED
            : {},
    });
    ext = await extensionPage(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the draft typed below is one the engine underlines', () => {
    expect(WEAK_MARKS).toContain('we-action: We figured out');
    expect(WEAK_OWNERSHIP).toContain('We figured out');
  });

  /** Errors on the page other than the ones its own scripts throw on purpose ("page…"). */
  const ours = (path: string) => h.pageErrors.filter((e) => e.startsWith(`${path}:`) && !/\bpage\b/.test(e));

  it('a page that overrides attachShadow, MutationObserver, rAF, getComputedStyle, appendChild and the highlight API', async () => {
    const path = 'hostile/overrides.html';
    const { page } = await openTab(h, ext, path);
    const errors = await watchErrors(page, h.extensionId);
    await page.click('#answer');
    await page.keyboard.type(WEAK);
    await waitForMarkDetails(page, WEAK_MARKS);

    await page.click('#editor');
    await page.keyboard.type(WEAK);
    await waitForHighlightCount(page, WEAK_OWNERSHIP.length);
    expect(await highlightTexts(page)).toEqual(WEAK_OWNERSHIP);

    // The page's overrides are still its own, and its feature still works.
    const state = await page.evaluate(() => ({
      calls: (window as unknown as { __calls: Record<string, number> }).__calls,
      attachShadowThrows: (() => {
        try {
          document.createElement('div').attachShadow({ mode: 'open' });
          return false;
        } catch {
          return true;
        }
      })(),
      count: document.getElementById('count')!.textContent,
    }));
    expect(state.attachShadowThrows).toBe(true);
    expect(state.calls).toEqual({ attachShadow: 1, observers: 0 });
    expect(state.count).toBe(String(WEAK.length * 2));
    expect(await page.inputValue('#answer')).toBe(WEAK);
    expect(ours(path)).toEqual([]);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });

  it('a Content-Security-Policy that forbids inline styles and scripts', async () => {
    const path = 'hostile/csp.html';
    const { page } = await openTab(h, ext, path);
    const errors = await watchErrors(page, h.extensionId);
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await page.click('#answer');
    await page.keyboard.type(WEAK);
    await waitForMarkDetails(page, WEAK_MARKS);
    // The marks are drawn (styled), not merely present.
    // One round trip: a redraw between resolving a mark and reading it would leave a detached element.
    const decorations = await inUi(page, (ui) =>
      ui.all('star-coach-mirror', '.star-coach-mark').map((m) => [(m as HTMLElement).dataset.dimension as Dimension, getComputedStyle(m).textDecorationStyle] as const),
    );
    expect(decorations.length).toBeGreaterThan(0);
    for (const [dimension, style] of decorations) expect(style).toBe(DIMENSION_UNDERLINES[dimension].style);

    await page.click('#editor');
    await page.keyboard.type(WEAK);
    await waitForHighlightCount(page, WEAK_OWNERSHIP.length);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(ours(path)).toEqual([]);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });

  it('a cross-origin-isolated page (COOP, COEP require-corp) that enforces Trusted Types', async () => {
    // Live coaching is imported from the extension on first use; such a page must not block it.
    const path = 'hostile/isolated.html';
    const { page } = await openTab(h, ext, path);
    const errors = await watchErrors(page, h.extensionId);
    const response = await page.reload();
    expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await page.click('#answer');
    await page.keyboard.type(WEAK);
    await waitForMarkDetails(page, WEAK_MARKS);
    await page.click('#editor');
    await page.keyboard.type(WEAK);
    await waitForHighlightCount(page, WEAK_OWNERSHIP.length);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(ours(path)).toEqual([]);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });

  it('overlays at z-index 2147483647 stay on top and keep their clicks', async () => {
    const path = 'hostile/overlays.html';
    const { page } = await openTab(h, ext, path);
    const errors = await watchErrors(page, h.extensionId);
    await page.click('#answer', { position: { x: 20, y: 20 } });
    await page.keyboard.type(WEAK);
    await waitForMarkDetails(page, WEAK_MARKS);
    const hits = await page.evaluate(() => {
      const field = document.getElementById('answer')!.getBoundingClientRect();
      const banner = document.getElementById('banner')!.getBoundingClientRect();
      const at = (x: number, y: number) => document.elementFromPoint(x, y)?.id ?? document.elementFromPoint(x, y)?.tagName;
      return {
        // Over the field, above and below the banner: the field gets the pointer, not our mirror.
        fieldTop: at(field.left + 30, field.top + 15),
        // Where the banner overlaps the field, the banner is on top.
        banner: at(field.left + 30, banner.top + 10),
      };
    });
    expect(hits).toEqual({ fieldTop: 'answer', banner: 'banner' });
    await page.click('#accept');
    expect(await page.textContent('#accepted')).toBe('yes');
    expect(ours(path)).toEqual([]);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });

  it('a page whose own input, keydown and focus handlers throw', async () => {
    const path = 'hostile/throwing.html';
    const { page } = await openTab(h, ext, path);
    const errors = await watchErrors(page, h.extensionId);
    await page.click('#answer');
    await page.keyboard.type(WEAK);
    await waitForMarkDetails(page, WEAK_MARKS);
    await page.click('#editor');
    await page.keyboard.type(WEAK);
    await waitForHighlightCount(page, WEAK_OWNERSHIP.length);
    expect(await page.inputValue('#answer')).toBe(WEAK);
    expect(await page.textContent('#seen')).toBe(String(WEAK.length * 2));
    expect(h.pageErrors.some((e) => e.startsWith(path) && e.includes('page handler boom'))).toBe(true);
    expect(ours(path)).toEqual([]);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });

  it('a page that swallows input events before the document sees them: the page keeps working', async () => {
    const path = 'hostile/stop-propagation.html';
    const { page } = await openTab(h, ext, path);
    const errors = await watchErrors(page, h.extensionId);
    await page.click('#answer');
    await page.keyboard.type(WEAK);
    await page.waitForTimeout(1_500);
    expect(await page.inputValue('#answer')).toBe(WEAK);
    expect(await page.textContent('#seen')).toBe(String(WEAK.length));
    // STAR Coach listens on the document, so here it steps aside: nothing half-drawn, no errors.
    const marks = (await markTexts(page)).length;
    expect([0, 1]).toContain(marks);
    if (marks === 0) expect(await page.locator('star-coach-mirror').count()).toBe(0);
    console.info(`[hostile] stop-propagation page: ${marks === 0 ? 'STAR Coach stepped aside' : 'STAR Coach still coached'}`);
    expect(ours(path)).toEqual([]);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });

  it('a page that defines our own custom element name', async () => {
    const path = 'hostile/custom-element.html';
    const { page } = await openTab(h, ext, path);
    const errors = await watchErrors(page, h.extensionId);
    await page.click('#answer');
    await page.keyboard.type(WEAK);
    await page.waitForTimeout(1_500);
    // Either STAR Coach still draws its marks, or it steps aside: no half-built mirror, no errors.
    const marks = await markDetails(page);
    if (marks.length > 0) expect(marks).toEqual(WEAK_MARKS);
    else expect(await page.evaluate(() => document.querySelectorAll('star-coach-mirror').length)).toBe(0);
    console.info(`[hostile] custom-element page: ${marks.length > 0 ? 'STAR Coach still coached' : 'STAR Coach stepped aside'}`);
    expect(await page.inputValue('#answer')).toBe(WEAK);
    expect(ours(path)).toEqual([]);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });

  it('answer fields inside a same-origin frame and a sandboxed srcdoc frame', async () => {
    const path = 'hostile/frames.html';
    const { page } = await openTab(h, ext, path);
    const errors = await watchErrors(page, h.extensionId);
    const inner = page.frameLocator('#same-origin');
    await inner.locator('#answer').click();
    await page.keyboard.type(WEAK);
    const frame = page.frame({ url: /frame-inner\.html$/ })!;
    await expect
      .poll(async () => (await mirrorMarks(frame)).map((m) => m.text), { timeout: 15_000 })
      .toEqual(['We figured out']);
    expect(await frame.evaluate(() => document.getElementById('count')!.textContent)).toBe(String(WEAK.length));

    // A sandboxed frame (opaque origin): coached or left alone, but never broken.
    const sandboxed = page.frameLocator('#sandboxed');
    await sandboxed.locator('#answer').click();
    await page.keyboard.type(WEAK);
    await page.waitForTimeout(1_500);
    expect(await sandboxed.locator('#answer').inputValue()).toBe(WEAK);
    // The sandboxed frame's own script, if any, draws there; page scripts cannot see into our roots, nor can Playwright.
    const sandboxFrame = page.frames().find((f) => f !== page.mainFrame() && f !== frame);
    const sandboxMarks = sandboxFrame ? (await mirrorMarks(sandboxFrame).catch(() => [])).length : 0;
    console.info(`[hostile] sandboxed srcdoc frame: ${sandboxMarks > 0 ? 'STAR Coach coached' : 'STAR Coach left it alone'}`);
    expect(ours(path)).toEqual([]);
    expect(errors.filter((e) => e.world === 'extension')).toEqual([]);
    await page.close();
  });
});

describe('over-limit text', () => {
  let h: Harness;
  let ext: Page;
  beforeAll(async () => {
    h = await launch();
    ext = await extensionPage(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it(`a paste longer than the engine's limit (${MAX_TEXT_LENGTH}) is analysed up to the limit, and the page stays responsive`, async () => {
    const { page, tabId } = await openTab(h, ext, 'textarea.html');
    const big = `${WEAK} `.repeat(Math.ceil(120_000 / (WEAK.length + 1))).slice(0, 120_000);
    expect(big.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    await page.click('#answer');
    // A paste-like insertion as the user's own (a trusted beforeinput, then input).
    await page.keyboard.insertText(big);
    await expect
      .poll(async () => (await storedTabReport(ext, tabId))?.report.truncated ?? null, { timeout: 30_000, interval: 250 })
      .toEqual({ analysedLength: MAX_TEXT_LENGTH, limit: MAX_TEXT_LENGTH });
    const stored = await storedTabReport(ext, tabId);
    // The worker keeps only what it analysed.
    expect(stored?.text).toBe(big.slice(0, MAX_TEXT_LENGTH));
    // Marks are drawn on the analysed part only.
    await uiWait(page, MIRROR, '.star-coach-mark', { timeout: 15_000 });
    const lastMarkEnd = await inUi(page, (ui) => {
      const host = ui.document.querySelector('star-coach-mirror')!;
      const box = ui.root(host)!.firstElementChild!;
      let offset = 0;
      let end = 0;
      for (const node of box.childNodes) {
        offset += node.textContent!.length;
        if (node.nodeType === Node.ELEMENT_NODE) end = offset;
      }
      return end;
    });
    expect(lastMarkEnd).toBeGreaterThan(0);
    expect(lastMarkEnd).toBeLessThanOrEqual(MAX_TEXT_LENGTH);

    // Still responsive: typing goes on, lands in the field, and the next report follows it.
    await page.keyboard.press('End');
    await page.keyboard.type(' Done.');
    expect((await page.inputValue('#answer')).endsWith(' Done.')).toBe(true);
    // The edit is past the analysed part: the report is made again (a newer one is stored).
    await expect
      .poll(async () => ((await storedTabReport(ext, tabId)) as { at?: number } | null)?.at ?? 0, { timeout: 30_000, interval: 250 })
      .toBeGreaterThan((stored as { at?: number } | null)?.at ?? 0);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});

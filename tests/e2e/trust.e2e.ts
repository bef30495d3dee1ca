import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { analyze } from '../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { DIMENSIONS } from '../../lib/types';

// A weak answer with a vague result (whose rewrite is a template of placeholders), a we-action and missing pieces.
const ANSWER =
  'Our payments service sent webhooks to partners. I noticed a drop in deliveries last spring. ' +
  'We figured out the root cause together and we deployed a retry fix. The team was happy with the result.';

const card = (page: Page) => page.locator('star-coach-card .card');
const list = (page: Page) => page.locator('star-coach-card .list');
const badge = (page: Page) => page.locator('star-coach-badge');
const badgeScore = async (page: Page) => Number(await badge(page).getAttribute('data-score'));

async function typeAnswer(page: Page, selector: string, text = ANSWER): Promise<void> {
  await page.click(selector);
  await page.keyboard.insertText(text.slice(0, -1));
  await page.keyboard.type(text.slice(-1));
  const total = analyze(text, DEFAULT_SETTINGS).findings.length;
  await expect.poll(async () => badge(page).getAttribute('data-count'), { timeout: 10_000 }).toBe(String(total));
}

/** Step with Alt+Shift+. until the open card is `id`'s. */
async function stepTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Alt+Shift+Period');
    await card(page).waitFor({ timeout: 5_000 });
    if ((await card(page).getAttribute('data-finding-id')) === id) return;
  }
  throw new Error(`never reached ${id}'s card`);
}

const inViewport = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const [host, inner] = selector.split(' >>> ');
    const el = document.querySelector(host!)!.shadowRoot!.querySelector(inner!)!;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0 };
  }, selector);

describe('suggestions a person can trust', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });
  // Every test starts with nothing dismissed on the fixture site.
  beforeEach(async () => {
    await h.worker.evaluate('chrome.storage.local.clear()');
  });

  it('applying a template leaves placeholders selected and flagged, says how many remain, and never raises the score', async () => {
    const page = await h.open('ui-trust.html');
    await typeAnswer(page, '#answer');
    const before = await badgeScore(page);
    expect(before).toBe(analyze(ANSWER, DEFAULT_SETTINGS).score);
    await stepTo(page, 'vague-result');
    // The card shows the sentence as it is and as it will be, the words Apply removes and adds marked.
    const preview = card(page).locator('[data-testid="preview"]');
    expect(await preview.locator('.before del').first().textContent()).toContain('The team was happy');
    expect(await preview.locator('.after ins').first().textContent()).toContain('[Deliveries]');
    await card(page).locator('button.apply').click();

    // The next report opens the first placeholder's card, which says how many remain.
    await expect.poll(() => card(page).getAttribute('data-finding-id'), { timeout: 10_000 }).toBe('unfilled-placeholder');
    const text = await page.inputValue('#answer');
    const after = analyze(text, DEFAULT_SETTINGS);
    const holes = after.findings.filter((f) => f.id === 'unfilled-placeholder');
    expect(holes.length).toBeGreaterThan(1);
    expect(await card(page).locator('[data-testid="note"]').textContent()).toContain(`${holes.length} placeholders left`);
    expect(await badgeScore(page)).toBe(after.score);
    expect(after.score).toBeLessThanOrEqual(before);
    // The first placeholder is still selected once the report is drawn: typing replaces it.
    const selected = await page.evaluate(() => {
      const ta = document.querySelector<HTMLTextAreaElement>('#answer')!;
      return ta.value.slice(ta.selectionStart, ta.selectionEnd);
    });
    expect(selected).toBe('[Deliveries]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    await page.close();
  });

  it('draws each dimension with its own underline style as well as its colour, in both surfaces', async () => {
    const page = await h.open('ui-trust.html');
    await typeAnswer(page, '#answer');
    // The CSS highlights (contenteditable fields): six different decorations.
    const highlight = await page.evaluate((dims) => {
      const el = document.querySelector('#editor')!;
      return dims.map((d) => {
        const cs = getComputedStyle(el, `::highlight(star-coach-${d})`);
        return `${cs.textDecorationLine} ${cs.textDecorationStyle} ${cs.textDecorationThickness}`;
      });
    }, [...DIMENSIONS]);
    expect(highlight.every((s) => s.startsWith('underline'))).toBe(true);
    expect(new Set(highlight).size).toBe(DIMENSIONS.length);
    // The textarea's mirror: each dimension drawn shows its own style.
    const mirror = await page.evaluate(() =>
      [...document.querySelector('star-coach-mirror')!.shadowRoot!.querySelectorAll<HTMLElement>('.star-coach-mark')].map((m) => {
        const cs = getComputedStyle(m);
        return { dimension: m.dataset.dimension!, look: `${cs.textDecorationStyle} ${cs.textDecorationThickness}` };
      }),
    );
    const looks = new Map(mirror.map((m) => [m.dimension, m.look]));
    expect(looks.size).toBeGreaterThan(1);
    expect(new Set(looks.values()).size).toBe(looks.size);
    await page.close();
  });

  it('keyboard: the badge names its numbers and shows focus, Alt+Shift+L opens the list, Esc closes it, Alt+Shift+D dismisses', async () => {
    const page = await h.open('ui-trust.html');
    await typeAnswer(page, '#answer');
    const report = analyze(ANSWER, DEFAULT_SETTINGS);
    const name = await page.locator('star-coach-badge .badge').evaluate((b) => b.textContent);
    // The field's label is the seed's question: the badge names it, and says it was read from the page.
    expect(name).toBe(`STAR Coach: score ${report.score}, ${report.findings.length} findings, coaching for: ${report.question.title} (from the page, sure)`);
    await page.locator('star-coach-badge .badge').focus();
    const outline = await page.locator('star-coach-badge .badge').evaluate((b) => getComputedStyle(b).outlineStyle);
    expect(outline).toBe('solid');

    await page.click('#answer');
    await page.keyboard.press('Alt+Shift+KeyL');
    await list(page).waitFor({ timeout: 5_000 });
    expect(await list(page).locator('.legend li').count()).toBe(6);
    await page.keyboard.press('Escape');
    await list(page).waitFor({ state: 'detached', timeout: 5_000 });

    await stepTo(page, 'we-action');
    // The card is announced in a polite live region; the focus stays in the field being typed in.
    const announced = () => page.evaluate(() => document.querySelector('star-coach-announcer')!.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent);
    await expect.poll(announced).toMatch(/^Ownership: /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    const count = Number(await badge(page).getAttribute('data-count'));
    await page.keyboard.press('Alt+Shift+KeyD');
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count'))).toBe(count - 1);
    // A polite live region says what happened, without taking focus.
    const said = () => page.evaluate(() => document.querySelector('star-coach-announcer')!.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent);
    await expect.poll(said).toMatch(/^Finding dismissed on this site\./);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    await page.close();
  });

  it('at the bottom of the page the list and Restore stay on screen after a Dismiss, which offers Undo', async () => {
    const page = await h.open('ui-trust.html?bottom');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await typeAnswer(page, '#answer');
    await stepTo(page, 'we-action');
    await card(page).locator('button.dismiss').click();
    const toast = page.locator('star-coach-card .toast');
    await toast.waitFor({ timeout: 5_000 });
    expect((await inViewport(page, 'star-coach-card >>> .toast')).inside).toBe(true);
    // Undo brings the finding back.
    const count = Number(await badge(page).getAttribute('data-count'));
    await toast.locator('button.undo').click();
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count'))).toBe(count + 1);

    await stepTo(page, 'we-action');
    await card(page).locator('button.dismiss').click();
    await page.locator('star-coach-badge .badge').click();
    await list(page).waitFor({ timeout: 5_000 });
    expect(await inViewport(page, 'star-coach-card >>> .list')).toMatchObject({ inside: true });
    expect(await inViewport(page, 'star-coach-card >>> .dismissed button.restore')).toMatchObject({ inside: true });
    // A small window: the list scrolls inside itself and still fits.
    await page.setViewportSize({ width: 900, height: 420 });
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('star-coach-badge .badge').click();
    await list(page).waitFor({ timeout: 5_000 });
    expect(await inViewport(page, 'star-coach-card >>> .list')).toMatchObject({ inside: true });
    expect(await inViewport(page, 'star-coach-card >>> .dismissed button.restore')).toMatchObject({ inside: true });
    await list(page).locator('.dismissed button.restore').click();
    await expect.poll(async () => Number(await badge(page).getAttribute('data-count'))).toBe(count + 1);
    await page.close();
  });

  it('follows a dark page: the card and badge turn dark', async () => {
    const page = await h.open('ui-trust.html?dark');
    await typeAnswer(page, '#answer');
    expect(await badge(page).getAttribute('data-scheme')).toBe('dark');
    await stepTo(page, 'we-action');
    expect(await page.locator('star-coach-card').getAttribute('data-scheme')).toBe('dark');
    const bg = await card(page).evaluate((c) => getComputedStyle(c).backgroundColor);
    expect(bg).toBe('rgb(42, 43, 46)');
    await page.close();
  });

  it('the popup scorecard fits 600 px collapsed, and each figure explains itself on focus in plain words', async () => {
    const page = await h.open('ui-trust.html');
    await typeAnswer(page, '#answer');
    const tabId = await h.worker.evaluate<number>('(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)))()');
    const popup = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="overall-score"]').waitFor({ timeout: 10_000 });
    expect(await popup.evaluate(() => document.body.scrollHeight)).toBeLessThanOrEqual(600);
    const seconds = Math.round(analyze(ANSWER, DEFAULT_SETTINGS).stats.secondsToProblem!);
    const stat = popup.locator('.sc-stat', { has: popup.locator('[data-testid="seconds-to-problem"]') });
    const tip = stat.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);
    await stat.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(`You state the problem after ${seconds} s of speaking — aim for under 30 s.`);
    // The section bar gives the aim of each section, and the counts say what they count.
    expect(await popup.locator('.sc-legend [data-section="action"] .sc-aim').textContent()).toBe('aim 35–60%');
    expect(await popup.locator('li[data-dimension="ownership"] .sc-count').textContent()).toMatch(/^\d+ findings?$|^no findings$/);
    await popup.close();
    await page.close();
  });

  it('leaves the host pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

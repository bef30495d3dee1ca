import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BADGE, CARD, badgeState, highlightsByDimension, inUi, launch, uiAll, uiClick, uiWait, type Harness } from './harness';
import { analyze } from '../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { DIMENSIONS } from '../../lib/types';
import { FULL_ANSWER } from '../unit/lib/seed-answer';

// A weak answer with a vague result (whose rewrite is a template of placeholders), a we-action and missing pieces.
const ANSWER =
  'Our payments service sent webhooks to partners. I noticed a drop in deliveries last spring. ' +
  'We figured out the root cause together and we deployed a retry fix. The team was happy with the result.';

/** The open card's finding id (null when none is open); our roots are closed, so read through the harness. */
const cardId = async (page: Page) => (await uiAll(page, CARD, '.card'))[0]?.attrs['data-finding-id'] ?? null;
const cardText = async (page: Page, inner: string) => (await uiAll(page, CARD, `.card ${inner}`))[0]?.text ?? null;
const badgeScore = async (page: Page) => (await badgeState(page))?.score ?? null;
const badgeCount = async (page: Page) => (await badgeState(page))?.count ?? null;

async function typeAnswer(page: Page, selector: string, text = ANSWER): Promise<void> {
  await page.click(selector);
  await page.keyboard.insertText(text.slice(0, -1));
  await page.keyboard.type(text.slice(-1));
  const total = analyze(text, DEFAULT_SETTINGS).findings.length;
  await expect.poll(() => badgeCount(page), { timeout: 10_000 }).toBe(total);
}

/** Step with Alt+Shift+. until the open card is `id`'s. */
async function stepTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Alt+Shift+Period');
    await uiWait(page, CARD, '.card', { timeout: 5_000 });
    if ((await cardId(page)) === id) return;
  }
  throw new Error(`never reached ${id}'s card`);
}

const inViewport = (page: Page, selector: string) =>
  inUi(page, (ui, selector) => {
    const [host, inner] = selector.split(' >>> ');
    const el = ui.all(host!, inner!)[0]!;
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
    expect(await cardText(page, '[data-testid="preview"] .before del')).toContain('The team was happy');
    expect(await cardText(page, '[data-testid="preview"] .after ins')).toContain('[Deliveries]');
    await uiClick(page, CARD, '.card button.apply');

    // The next report opens the first placeholder's card, which says how many remain.
    await expect.poll(() => cardId(page), { timeout: 10_000 }).toBe('unfilled-placeholder');
    const text = await page.inputValue('#answer');
    const after = analyze(text, DEFAULT_SETTINGS);
    const holes = after.findings.filter((f) => f.id === 'unfilled-placeholder');
    expect(holes.length).toBeGreaterThan(1);
    expect(await cardText(page, '[data-testid="note"]')).toContain(`${holes.length} placeholders left`);
    expect(await badgeScore(page)).toBe(after.score);
    expect(after.score).toBeLessThanOrEqual(before!);
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
    // This run's highlight names are random, and their rules adopted when a contenteditable is first drawn.
    await page.click('#editor');
    await page.keyboard.insertText(ANSWER);
    await expect.poll(async () => Object.keys(await highlightsByDimension(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const highlight = await inUi(page, (ui) => {
      const el = ui.document.querySelector('#editor')!;
      const names = ui.document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .map((r) => /^::highlight\(([^)]+)\)$/.exec((r as CSSStyleRule).selectorText ?? '')?.[1])
        .filter((n): n is string => !!n);
      return names.map((name) => {
        const cs = getComputedStyle(el, `::highlight(${name})`);
        return `${cs.textDecorationLine} ${cs.textDecorationStyle} ${cs.textDecorationThickness}`;
      });
    });
    expect(highlight).toHaveLength(DIMENSIONS.length);
    expect(highlight.every((s) => s.startsWith('underline'))).toBe(true);
    expect(new Set(highlight).size).toBe(DIMENSIONS.length);
    // The textarea's mirror: each dimension drawn shows its own style.
    const mirror = await inUi(page, (ui) =>
      (ui.all('star-coach-mirror', '.star-coach-mark') as HTMLElement[]).map((m) => {
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
    const name = (await uiAll(page, BADGE, '.badge'))[0]!.text;
    // The field's label is the seed's question: the badge names it, and says it was read from the page.
    expect(name).toBe(`STAR Coach: score ${report.score}, ${report.findings.length} findings, coaching for: ${report.question.title} (from the page, sure)`);
    const outline = await inUi(page, (ui) => {
      const b = ui.all('star-coach-badge', '.badge')[0] as HTMLElement;
      b.focus();
      return getComputedStyle(b).outlineStyle;
    });
    expect(outline).toBe('solid');

    await page.click('#answer');
    await page.keyboard.press('Alt+Shift+KeyL');
    await uiWait(page, CARD, '.list', { timeout: 5_000 });
    expect(await uiAll(page, CARD, '.list .legend li')).toHaveLength(6);
    await page.keyboard.press('Escape');
    await uiWait(page, CARD, '.list', { state: 'detached', timeout: 5_000 });

    await stepTo(page, 'we-action');
    // The card is announced in a polite live region; the focus stays in the field being typed in.
    const announced = async () => (await uiAll(page, 'star-coach-announcer', '[aria-live="polite"]'))[0]?.text;
    await expect.poll(announced).toMatch(/^Ownership: /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    const count = (await badgeCount(page))!;
    await page.keyboard.press('Alt+Shift+KeyD');
    await expect.poll(() => badgeCount(page)).toBe(count - 1);
    // A polite live region says what happened, without taking focus.
    const said = async () => (await uiAll(page, 'star-coach-announcer', '[aria-live="polite"]'))[0]?.text;
    await expect.poll(said).toMatch(/^Finding dismissed on this site\./);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    await page.close();
  });

  it('at the bottom of the page the list and Restore stay on screen after a Dismiss, which offers Undo', async () => {
    const page = await h.open('ui-trust.html?bottom');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await typeAnswer(page, '#answer');
    await stepTo(page, 'we-action');
    await uiClick(page, CARD, '.card button.dismiss');
    await uiWait(page, CARD, '.toast', { timeout: 5_000 });
    expect((await inViewport(page, 'star-coach-card >>> .toast')).inside).toBe(true);
    // Undo brings the finding back.
    const count = (await badgeCount(page))!;
    await uiClick(page, CARD, '.toast button.undo');
    await expect.poll(() => badgeCount(page)).toBe(count + 1);

    await stepTo(page, 'we-action');
    await uiClick(page, CARD, '.card button.dismiss');
    await uiClick(page, BADGE, '.badge');
    await uiWait(page, CARD, '.list', { timeout: 5_000 });
    expect(await inViewport(page, 'star-coach-card >>> .list')).toMatchObject({ inside: true });
    expect(await inViewport(page, 'star-coach-card >>> .dismissed button.restore')).toMatchObject({ inside: true });
    // A small window: the list scrolls inside itself and still fits.
    await page.setViewportSize({ width: 900, height: 420 });
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await uiClick(page, BADGE, '.badge');
    await uiWait(page, CARD, '.list', { timeout: 5_000 });
    expect(await inViewport(page, 'star-coach-card >>> .list')).toMatchObject({ inside: true });
    expect(await inViewport(page, 'star-coach-card >>> .dismissed button.restore')).toMatchObject({ inside: true });
    await uiClick(page, CARD, '.list .dismissed button.restore');
    await expect.poll(() => badgeCount(page)).toBe(count + 1);
    await page.close();
  });

  it('follows a dark page: the card and badge turn dark', async () => {
    const page = await h.open('ui-trust.html?dark');
    await typeAnswer(page, '#answer');
    // The scheme is set inside the closed roots (nothing on the hosts a page could read).
    expect(await uiAll(page, BADGE, '.dark')).toHaveLength(1);
    await stepTo(page, 'we-action');
    expect(await uiAll(page, CARD, '.dark')).toHaveLength(1);
    const bg = await inUi(page, (ui) => getComputedStyle(ui.all('star-coach-card', '.card')[0]!).backgroundColor);
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
    // A strong answer shows every dimension's longest line, its summary: it fits too.
    const strong = await h.open('ui-trust.html');
    await strong.click('#answer');
    await strong.keyboard.insertText(FULL_ANSWER.slice(0, -1));
    await strong.keyboard.type(FULL_ANSWER.slice(-1));
    const strongTab = await h.worker.evaluate<number>('(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)))()');
    const want = analyze(FULL_ANSWER, DEFAULT_SETTINGS);
    expect(Object.values(want.dimensions).every((d) => d.status === 'strong')).toBe(true);
    const height = async () => {
      const p = await h.open(`chrome-extension://${h.extensionId}/popup.html?tabId=${strongTab}`);
      const score = await p.locator('[data-testid="overall-score"]').textContent({ timeout: 5_000 }).catch(() => null);
      const px = await p.evaluate(() => document.body.scrollHeight);
      await p.close();
      return score === String(want.score) ? px : null;
    };
    await expect.poll(height, { timeout: 15_000 }).not.toBeNull();
    expect(await height()).toBeLessThanOrEqual(600);
    await strong.close();
  });

  it('leaves the host pages free of errors', () => {
    expect(h.pageErrors).toEqual([]);
  });
});

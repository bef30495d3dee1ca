import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Every way the Firefox suite reaches STAR Coach's own UI inside a web page (the textarea mirror,
 * the card, the findings list, the badge, the announcer, the selection panel, the Docs layer), in
 * one file: when the way that UI is hosted changes, only this file changes. Everything else the
 * tests read is the page's own DOM, the CSS highlight registry, or extension pages.
 */

/** Selectors (puppeteer's `>>>` pierces shadow roots) for the UI pieces the tests click or wait for. */
export const UI = {
  card: 'star-coach-card >>> .card',
  cardApply: 'star-coach-card >>> button.apply',
  list: 'star-coach-card >>> .list',
  selectionScore: 'star-coach-selection-panel >>> [data-testid="overall-score"]',
  docsCard: 'star-coach-docs >>> .card',
  docsRewrite: 'star-coach-docs >>> .card [data-testid="rewrite"]',
  docsApply: 'star-coach-docs >>> button.apply',
} as const;

/** What is underlined on the page: the textarea mirrors' marks and the CSS Custom Highlight ranges, sorted. */
export const underlined = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const marks = [...document.querySelectorAll('star-coach-mirror')].flatMap((m) => [...m.shadowRoot!.querySelectorAll('.star-coach-mark')]);
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges = [...registry.values()].flatMap((h) => [...h]);
    return [...marks.map((m) => m.textContent ?? ''), ...ranges.map((r) => r.toString())].sort();
  });

/** The centre of the start of the underline over `words` (a textarea mirror's mark or a highlight range). */
export const underlinePoint = (page: Page, words: string): Promise<{ x: number; y: number }> =>
  page.evaluate((words) => {
    const mark = [...document.querySelectorAll('star-coach-mirror')]
      .flatMap((m) => [...m.shadowRoot!.querySelectorAll('.star-coach-mark')])
      .find((m) => m.textContent === words);
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const range = [...registry.values()].flatMap((h) => [...h]).find((r) => r.toString() === words);
    const target = mark ?? range;
    if (!target) throw new Error(`nothing underlines "${words}"`);
    const r = target.getClientRects()[0]!;
    return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 };
  }, words);

/** The open card's finding id and rewrite, or null when no card is open. */
export const openCard = (page: Page): Promise<{ id: string | null; rewrite: string | null } | null> =>
  page.evaluate(() => {
    const card = document.querySelector('star-coach-card')?.shadowRoot?.querySelector('.card');
    return card ? { id: card.getAttribute('data-finding-id'), rewrite: card.querySelector('.suggestion')?.textContent ?? null } : null;
  });

/** Whether the findings list is open. */
export const listOpen = (page: Page): Promise<boolean> =>
  page.evaluate(() => !!document.querySelector('star-coach-card')?.shadowRoot?.querySelector('.list'));

/** The badge's count of open findings, or null before the first report. */
export const badgeCount = (page: Page): Promise<number | null> =>
  page.evaluate(() => {
    // Nothing of the report is on the host: the count is the badge's own text, inside its root.
    const count = document.querySelector('star-coach-badge')?.shadowRoot?.querySelector('.badge .count')?.textContent;
    return count == null ? null : Number(count);
  });

/** What the polite live region last said. */
export const announced = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector('star-coach-announcer')?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '');

/** The Google Docs layer's marks: finding id and the key naming the words they cover. */
export const docsMarks = (page: Page): Promise<Array<{ id: string; key: string; x: number; y: number; width: number; height: number }>> =>
  page.evaluate(() =>
    [...(document.querySelector('star-coach-docs')?.shadowRoot?.querySelectorAll<HTMLElement>('.star-coach-mark') ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.findingId ?? '', key: el.dataset.key ?? '', x: r.left, y: r.top, width: r.width, height: r.height };
    }),
  );

/** Wait for one of the UI pieces above. */
export const waitForUi = (page: Page, selector: string, timeout = 10_000): Promise<ElementHandle<Element> | null> =>
  page.waitForSelector(selector, { timeout });

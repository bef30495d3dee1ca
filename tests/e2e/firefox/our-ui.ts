import type { Page } from 'puppeteer-core';

/**
 * Every way the Firefox suite reaches STAR Coach's own UI inside a web page (the textarea mirror,
 * the card, the findings list, the badge, the announcer, the selection panel, the Docs layer), in
 * one file: when the way that UI is hosted changes, only this file changes. Everything else the
 * tests read is the page's own DOM, the CSS highlight registry, or extension pages.
 *
 * That UI lives in closed shadow roots, which neither a page script nor WebDriver BiDi's page
 * realms can open. The suite reads it from the content script's world of the page's tab, as the
 * extension does: an extension page runs `scripting.executeScript` there, where Firefox gives
 * `openOrClosedShadowRoot`. No test hook ships in the extension. The extension's own pages
 * (practice, welcome) draw in open roots and are read directly.
 */

/** The extension page the suite calls the extension's APIs from (`FirefoxHarness.extensionPage`). */
let extensionPage: (() => Promise<Page>) | null = null;

/** Called by the harness when Firefox starts. */
export function readUiThrough(get: () => Promise<Page>): void {
  extensionPage = get;
}

/** What the suite asks of STAR Coach's UI in a page (answered by `readUi`, in the page's content script world). */
type Query =
  | { kind: 'marks' }
  | { kind: 'markPoint'; words: string }
  | { kind: 'card'; host: string }
  | { kind: 'all'; host: string; inner: string }
  | { kind: 'text'; host: string; inner: string }
  | { kind: 'point'; host: string; inner: string };

interface Found {
  text: string;
  attrs: Record<string, string>;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Answers a `Query` in the window named `name` (every tab is asked; the others answer `miss`).
 * Sent as source to the content script's world (or an extension page), so it uses nothing but its
 * arguments and the DOM.
 */
function readUi(q: Query, name: string | null): { miss: true } | { value: unknown } {
  if (name !== null && window.name !== name) return { miss: true };
  const value = answer();
  return { value: value === undefined ? null : value };
  function answer(): unknown {
    const rootOf = (host: Element) => (host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? host.shadowRoot;
    // Every document and root, however deep (the Docs card is a host inside the Docs layer's root).
    const scopes = (node: ParentNode): ParentNode[] => [node, ...[...node.querySelectorAll('*')].flatMap((el) => { const r = rootOf(el); return r ? scopes(r) : []; })];
    const inHosts = (host: string, inner: string) =>
      scopes(document)
        .flatMap((scope) => [...scope.querySelectorAll(host)])
        .flatMap((h) => [...(rootOf(h)?.querySelectorAll(inner) ?? [])]);
    const found = (e: Element) => {
      const r = e.getBoundingClientRect();
      const attrs: Record<string, string> = {};
      for (const a of e.attributes) attrs[a.name] = a.value;
      return { text: e.textContent ?? '', attrs, x: r.left, y: r.top, width: r.width, height: r.height };
    };
    switch (q.kind) {
      case 'marks':
        return inHosts('star-coach-mirror', '.star-coach-mark').map((m) => m.textContent ?? '');
      case 'markPoint': {
        const mark = inHosts('star-coach-mirror', '.star-coach-mark').find((m) => m.textContent === q.words);
        const r = mark?.getClientRects()[0];
        return r ? { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 } : null;
      }
      case 'card': {
        const card = inHosts(q.host, '.card')[0];
        return card ? { id: card.getAttribute('data-finding-id'), rewrite: card.querySelector('.suggestion')?.textContent ?? null } : null;
      }
      case 'all':
        return inHosts(q.host, q.inner).map(found);
      case 'text': {
        const e = inHosts(q.host, q.inner)[0];
        return e ? (e.textContent ?? '') : null;
      }
      case 'point': {
        const e = inHosts(q.host, q.inner)[0];
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
  }
}

const names = new WeakMap<Page, string>();
let named = 0;

/** Ask `readUi` in `page`'s content script world (or in the page itself when it is one of the extension's). */
async function ask<T>(page: Page, q: Query): Promise<T> {
  // page.url() stays about:blank for an extension page (puppeteer hears no navigation there): ask the page.
  if ((await page.evaluate(() => location.protocol)) === 'moz-extension:') {
    const answer = await page.evaluate(readUi, q, null);
    return ('value' in answer ? answer.value : null) as T;
  }
  if (!extensionPage) throw new Error('readUiThrough was not called: launch Firefox with the harness');
  // The tab is found by a name its window carries (several tabs may show the same fixture).
  let name = names.get(page);
  if (!name) {
    name = `star-coach-suite-${++named}`;
    await page.evaluate((n) => void (window.name = n), name);
    names.set(page, name);
  }
  const ext = await extensionPage();
  const expression = `(async () => {
    const read = ${readUi.toString()};
    const name = ${JSON.stringify(name)};
    const query = ${JSON.stringify(q)};
    for (const tab of await browser.tabs.query({})) {
      if (!/^https?:/.test(tab.url ?? '')) continue;
      const [answer] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: read, args: [query, name] }).catch(() => [null]);
      if (answer && answer.result && 'value' in answer.result) return JSON.stringify(answer.result.value);
    }
    throw new Error('no tab is named ' + name);
  })()`;
  return JSON.parse((await ext.evaluate(expression)) as string) as T;
}

/** What is underlined on the page: the textarea mirrors' marks and the CSS Custom Highlight ranges, sorted. */
export const underlined = async (page: Page): Promise<string[]> => {
  const marks = await ask<string[]>(page, { kind: 'marks' });
  const ranges = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...registry.values()].flatMap((h) => [...h]).map((r) => r.toString());
  });
  return [...marks, ...ranges].sort();
};

/** The centre of the start of the underline over `words` (a textarea mirror's mark or a highlight range). */
export const underlinePoint = async (page: Page, words: string): Promise<{ x: number; y: number }> => {
  const mark = await ask<{ x: number; y: number } | null>(page, { kind: 'markPoint', words });
  if (mark) return mark;
  return page.evaluate((words) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const range = [...registry.values()].flatMap((h) => [...h]).find((r) => r.toString() === words);
    if (!range) throw new Error(`nothing underlines "${words}"`);
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 };
  }, words);
};

/** The open card's finding id and rewrite, or null when no card is open. */
export const openCard = (page: Page): Promise<{ id: string | null; rewrite: string | null } | null> => ask(page, { kind: 'card', host: 'star-coach-card' });

/** Whether the findings list is open. */
export const listOpen = async (page: Page): Promise<boolean> => (await ask<Found[]>(page, { kind: 'all', host: 'star-coach-card', inner: '.list' })).length > 0;

/** The badge's count of open findings, or null before the first report. */
export const badgeCount = async (page: Page): Promise<number | null> => {
  // Nothing of the report is on the host: the count is the badge's own text, inside its root.
  const count = await ask<string | null>(page, { kind: 'text', host: 'star-coach-badge', inner: '.badge .count' });
  return count == null ? null : Number(count);
};

/** What the polite live region last said. */
export const announced = async (page: Page): Promise<string> =>
  (await ask<string | null>(page, { kind: 'text', host: 'star-coach-announcer', inner: '[aria-live="polite"]' })) ?? '';

/** The selection panel's overall score, or null before it shows. */
export const selectionScore = async (page: Page): Promise<number | null> => {
  const text = await ask<string | null>(page, { kind: 'text', host: 'star-coach-selection-panel', inner: '[data-testid="overall-score"]' });
  return text == null ? null : Number(text);
};

/** The Google Docs layer's marks: finding id and the key naming the words they cover. */
export const docsMarks = async (page: Page): Promise<Array<{ id: string; key: string; x: number; y: number; width: number; height: number }>> =>
  (await ask<Found[]>(page, { kind: 'all', host: 'star-coach-docs', inner: '.star-coach-mark' })).map((m) => ({
    id: m.attrs['data-finding-id'] ?? '',
    key: m.attrs['data-key'] ?? '',
    x: m.x,
    y: m.y,
    width: m.width,
    height: m.height,
  }));

/** The Google Docs card's rewrite, or null when no card is open there. */
export const docsRewrite = (page: Page): Promise<string | null> => ask(page, { kind: 'text', host: 'star-coach-card', inner: '.card [data-testid="rewrite"]' });

/** Click the open card's Apply with the mouse (a trusted click, as the user's); in Docs the card is inside the Docs layer. */
export async function clickApply(page: Page): Promise<void> {
  const point = await ask<{ x: number; y: number } | null>(page, { kind: 'point', host: 'star-coach-card', inner: 'button.apply' });
  if (!point) throw new Error('no Apply button in an open card');
  await page.mouse.click(point.x, point.y);
}

/** Everything a page script can see of STAR Coach's hosts: whether a root is open to it, their attributes and text. */
export const pageView = (page: Page): Promise<Array<{ tag: string; open: boolean; attributes: string[]; text: string }>> =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.tagName.toLowerCase().startsWith('star-coach'))
      .map((el) => ({
        tag: el.tagName.toLowerCase(),
        open: el.shadowRoot !== null,
        attributes: [...el.attributes].map((a) => a.name).filter((n) => n !== 'style' && n !== 'popover'),
        text: el.textContent ?? '',
      })),
  );

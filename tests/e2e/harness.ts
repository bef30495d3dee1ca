import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page, type Worker } from 'playwright-core';
import { DIMENSION_COLOURS } from '../../components/palette';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves the fixture pages from 127.0.0.1 on a free port. `headers` adds response headers per path. */
export async function serveFixtures(
  dir = PAGES_DIR,
  headers: (path: string) => Record<string, string> = () => ({}),
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    if (path === 'favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = join(dir, path || 'index.html');
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

export interface Harness {
  ctx: BrowserContext;
  extensionId: string;
  worker: Worker;
  baseUrl: string;
  /** Errors the fixture pages threw or logged as errors. */
  pageErrors: string[];
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, and the fixture server. */
export async function launch(
  options: {
    headers?: (path: string) => Record<string, string>;
    extensionDir?: string;
    keepWelcome?: boolean;
    /** Show scrollbars that take room (Windows, most Linux desktops): headless Chromium hides them unless asked. */
    classicScrollbars?: boolean;
  } = {},
): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first`);
  }
  const { url, server } = await serveFixtures(PAGES_DIR, options.headers);
  const profile = mkdtempSync(join(tmpdir(), 'star-coach-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 800 },
    ignoreDefaultArgs: options.classicScrollbars ? ['--hide-scrollbars'] : undefined,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Installing opens the welcome page: tests start once it is open, and without it unless they ask
  // (so the newest tab is always the page a test opened).
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const welcome =
    ctx.pages().find((p) => p.url() === welcomeUrl) ??
    (await ctx.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl, timeout: 10_000 }).catch(() => null));
  if (welcome && !options.keepWelcome) await welcome.close();
  const pageErrors: string[] = [];
  return {
    ctx,
    extensionId,
    worker,
    baseUrl: url,
    pageErrors,
    async open(path) {
      const page = await ctx.newPage();
      page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`${path}: console.error ${m.text()}`);
      });
      await page.goto(path.startsWith('chrome-extension:') ? path : `${url}/${path}`);
      return page;
    },
    async close() {
      await ctx.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Evaluate an expression in the content script's isolated world of `page` (CDP), so a test can see
 * the extension's own state without the extension shipping a test hook.
 */
export async function evaluateInContentScript<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const target = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  if (!target) throw new Error('content script context not found');
  const result = (await cdp.send('Runtime.evaluate', { contextId: target.id, expression, returnByValue: true, awaitPromise: true })) as {
    result: { value: T };
    exceptionDetails?: { text: string };
  };
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
  return result.result.value;
}

// ——— STAR Coach's own UI ———
//
// Every shadow root STAR Coach draws in a page is closed, so neither a page script nor Playwright's
// locators can reach into it. Tests reach it the way only the extension can: code evaluated (CDP)
// in the content script's isolated world of the frame, where `chrome.dom.openOrClosedShadowRoot`
// opens closed roots. No test hook ships in the extension. Every test reads the card, the badge,
// the list, the mirror's marks and the panels through the helpers below.

type Target = Page | Frame;
type IsolatedContext = { id: number; origin: string; auxData?: { type?: string; frameId?: string } };

/** A CDP session per page, following the page's execution contexts. */
const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; contexts: Map<number, IsolatedContext> }>>();

function sessionOf(page: Page) {
  let s = sessions.get(page);
  if (!s) {
    s = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts = new Map<number, IsolatedContext>();
      cdp.on('Runtime.executionContextCreated', (e: { context: IsolatedContext }) => contexts.set(e.context.id, e.context));
      cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => contexts.delete(e.executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    sessions.set(page, s);
  }
  return s;
}

const pageOf = (target: Target): Page => ('mainFrame' in target ? target : target.page());
const frameOf = (target: Target): Frame => ('mainFrame' in target ? target.mainFrame() : target);

/** What `inUi`'s function gets: the frame's document and the way into STAR Coach's closed roots. */
export interface UiWorld {
  document: Document;
  /** The shadow root of `host`, open or closed. */
  root(host: Element | null | undefined): ShadowRoot | null;
  /** Elements matching `inner` inside the roots of every element matching `host`, however deep in shadow roots. */
  all(host: string, inner: string): Element[];
}

/** Defines `__ui(token)` in an isolated world: the UiWorld of the frame whose window is named `token`. */
const WORLD_SOURCE = `(token) => {
  // chrome.dom exists in content scripts; the extension's own pages draw in open roots.
  const root = (host) => { try { return host instanceof HTMLElement ? (globalThis.chrome?.dom ? chrome.dom.openOrClosedShadowRoot(host) : host.shadowRoot) ?? null : null; } catch { return null; } };
  const find = (doc) => {
    if (doc.defaultView && doc.defaultView.name === token) return doc;
    for (const f of doc.querySelectorAll('iframe, frame')) {
      try {
        const inner = f.contentDocument;
        const hit = inner && find(inner);
        if (hit) return hit;
      } catch {}
    }
    return null;
  };
  const doc = find(document);
  if (!doc) return null;
  const scopes = (node) => {
    const out = [node];
    for (const el of node.querySelectorAll('*')) {
      const r = root(el);
      if (r) out.push(...scopes(r));
    }
    return out;
  };
  const all = (host, inner) => scopes(doc).flatMap((s) => [...s.querySelectorAll(host)]).flatMap((h) => {
    const r = root(h);
    return r ? [...r.querySelectorAll(inner)] : [];
  });
  return { document: doc, root, all };
}`;

/**
 * Run `fn` in the content script's world of `target`'s frame (or, for a frame without a script of
 * its own, its parent's), with a way into STAR Coach's closed roots. `fn` is sent as source (or is
 * a function's source): it may use only its arguments. Returns what `fn` returns (JSON values).
 */
export async function inUi<T, A = undefined>(target: Target, fn: ((ui: UiWorld, arg: A) => T | Promise<T>) | string, arg?: A): Promise<T> {
  const page = pageOf(target);
  const frame = frameOf(target);
  const { cdp, contexts } = await sessionOf(page);
  const token = `star-coach-test-${Math.random().toString(36).slice(2)}`;
  const previous = await frame.evaluate((t) => {
    const was = window.name;
    window.name = t;
    return was;
  }, token);
  try {
    const ours = [...contexts.values()].filter((c) => c.origin.startsWith('chrome-extension://'));
    // Prefer the frame's own world; else any world that reaches the frame's document.
    const expression = `(async () => { const ui = (${WORLD_SOURCE})(${JSON.stringify(token)}); if (!ui) return { found: false };
      const own = ui.document === document;
      return { found: true, own, value: await (${fn.toString()})(ui, ${JSON.stringify(arg ?? null)}) }; })()`;
    let fallback: { value: T } | null = null;
    let lastError: string | null = null;
    for (const c of ours) {
      const result = (await cdp.send('Runtime.evaluate', { contextId: c.id, expression, returnByValue: true, awaitPromise: true }).catch((e: Error) => ({
        exceptionDetails: { text: e.message },
      }))) as { result?: { value?: { found: boolean; own?: boolean; value?: T } }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (result.exceptionDetails) {
        lastError = result.exceptionDetails.exception?.description ?? result.exceptionDetails.text;
        continue;
      }
      const v = result.result?.value;
      if (!v?.found) continue;
      if (v.own) return v.value as T;
      fallback ??= { value: v.value as T };
    }
    if (fallback) return fallback.value;
    throw new Error(lastError ?? 'no content script world reaches this frame');
  } finally {
    await frame.evaluate((was) => void (window.name = was), previous).catch(() => {});
  }
}

export interface UiElement {
  text: string;
  /** The element's attributes (inside our closed roots, e.g. the card's `data-finding-id`). */
  attrs: Record<string, string>;
  /** Its box in the viewport of its frame. */
  box: { x: number; y: number; width: number; height: number };
}

/** Every element matching `inner` inside the closed root of a `host` element (see `UiWorld.all`). */
export function uiAll(target: Target, host: string, inner: string): Promise<UiElement[]> {
  return inUi(
    target,
    (ui, { host, inner }) =>
      ui.all(host, inner).map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          box: { x: r.left, y: r.top, width: r.width, height: r.height },
        };
      }),
    { host, inner },
  );
}

/** Wait until `inner` in a `host`'s root is there (optionally with `hasText`), or gone (`state: 'detached'`). Returns the first match. */
export async function uiWait(
  target: Target,
  host: string,
  inner: string,
  options: { state?: 'attached' | 'detached'; hasText?: string | RegExp; timeout?: number } = {},
): Promise<UiElement | null> {
  const until = Date.now() + (options.timeout ?? 10_000);
  const matches = (e: UiElement) =>
    options.hasText === undefined || (typeof options.hasText === 'string' ? e.text.includes(options.hasText) : options.hasText.test(e.text));
  for (;;) {
    const found = (await uiAll(target, host, inner)).filter(matches);
    if (options.state === 'detached' ? found.length === 0 : found.length > 0) return found[0] ?? null;
    if (Date.now() > until) throw new Error(`timed out waiting for ${host} ${inner}${options.hasText ? ` with "${options.hasText}"` : ''} to be ${options.state ?? 'attached'}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Where `target`'s frame's viewport sits in the page's (top frame's) viewport. */
async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  let x = 0;
  let y = 0;
  for (let f: Frame | null = frame; f?.parentFrame(); f = f.parentFrame()) {
    const at = await (await f.frameElement()).evaluate((node) => {
      const el = node as Element;
      const r = el.getBoundingClientRect();
      return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
    });
    x += at.x;
    y += at.y;
  }
  return { x, y };
}

/** The centre of an element of ours, in the page's coordinates (for the real mouse). */
export async function uiPoint(target: Target, element: UiElement): Promise<{ x: number; y: number }> {
  const off = await frameOffset(frameOf(target));
  return { x: off.x + element.box.x + element.box.width / 2, y: off.y + element.box.y + element.box.height / 2 };
}

/** Click an element of ours with the real mouse (a trusted click, as the user's), once it is there. */
export async function uiClick(target: Target, host: string, inner: string, options: { hasText?: string | RegExp; timeout?: number } = {}): Promise<void> {
  const found = await uiWait(target, host, inner, options);
  // As Playwright's own click does: bring it into view first (the card scrolls inside itself).
  const element = await inUi(
    target,
    (ui, { host, inner, text }) => {
      const el = ui.all(host, inner).find((e) => (e.textContent ?? '') === text)!;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      return { text, attrs: {}, box: { x: r.left, y: r.top, width: r.width, height: r.height } };
    },
    { host, inner, text: found!.text },
  );
  const { x, y } = await uiPoint(target, element);
  await pageOf(target).mouse.click(x, y);
}

/** The card's, the list's and the toast's host and the badge's, for `uiAll`/`uiWait`/`uiClick`. */
export const CARD = 'star-coach-card';
export const BADGE = 'star-coach-badge';
export const MIRROR = 'star-coach-mirror';

/** The badge's score and count, read inside its closed root (null before the first report). */
export async function badgeState(target: Target): Promise<{ score: number; count: number; truncated: boolean } | null> {
  return inUi(target, (ui) => {
    const b = ui.all('star-coach-badge', '.badge')[0];
    if (!b) return null;
    return { score: Number(b.querySelector('.score')?.textContent), count: Number(b.querySelector('.count')?.textContent), truncated: !!b.querySelector('.warn') };
  });
}

/** The textarea mirror's marks: words, finding id, dimension and key. */
export async function mirrorMarks(target: Target): Promise<Array<{ text: string; findingId: string; dimension: string; key: string }>> {
  return (await uiAll(target, MIRROR, '.star-coach-mark')).map((m) => ({
    text: m.text,
    findingId: m.attrs['data-finding-id']!,
    dimension: m.attrs['data-dimension']!,
    key: m.attrs['data-key']!,
  }));
}

/**
 * The CSS highlights STAR Coach registered in the frame's document, by dimension: their names are
 * random per run, so each is told by the colour its `::highlight()` rule draws (the palette).
 */
export async function highlightsByDimension(target: Target): Promise<Record<string, string[]>> {
  const colours = Object.fromEntries(
    Object.entries(DIMENSION_COLOURS).map(([d, hex]) => [`rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`, d]),
  );
  return inUi(
    target,
    (ui, colours) => {
      const doc = ui.document;
      const win = doc.defaultView as unknown as { CSS: { highlights: Map<string, Set<Range>> } };
      const names: Record<string, string> = {};
      const sheets = [...doc.adoptedStyleSheets, ...[...doc.querySelectorAll('*')].flatMap((el) => [...(ui.root(el)?.adoptedStyleSheets ?? [])])];
      for (const sheet of sheets) {
        for (const rule of sheet.cssRules) {
          const m = /^::highlight\(([^)]+)\)$/.exec((rule as CSSStyleRule).selectorText ?? '');
          if (m) names[m[1]!] = colours[(rule as CSSStyleRule).style.textDecorationColor] ?? '?';
        }
      }
      const out: Record<string, string[]> = {};
      for (const [name, hl] of win.CSS.highlights) {
        const d = names[name];
        if (d) (out[d] ??= []).push(...[...hl].map((r) => r.toString()));
      }
      return out;
    },
    colours,
  );
}

// axe-core, run in each page's content script world (CDP evaluation is not subject to the pages' CSP).
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/**
 * axe's serious and critical violations on the page as it is now, in readable lines. Run in the
 * content script's world (harness `inUi`), where `shadowRoot` is made to return closed roots too
 * while axe runs: STAR Coach's UI lives in closed roots, which axe in the page could not see.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await inUi<Violation[]>(
    page,
    `async (ui) => {
      ${AXE}
      const axe = window.axe;
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { return ui.root(this); } });
      try {
        return (await axe.run(ui.document, { resultTypes: ['violations'] })).violations
          .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
      } finally {
        Object.defineProperty(Element.prototype, 'shadowRoot', own);
      }
    }`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

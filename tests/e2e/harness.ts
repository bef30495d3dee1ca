import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

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

/**
 * STAR Coach's own UI on a page, for tests: the badge's button, and the card or findings list (the
 * overlay). Tests reach our UI only through these, so how our shadow roots are built can change in
 * one place.
 */
export const coachUi = {
  badge: (page: Page) => page.locator('star-coach-badge .badge'),
  overlay: (page: Page) => page.locator('star-coach-card'),
  list: (page: Page) => page.locator('star-coach-card .list'),
  card: (page: Page) => page.locator('star-coach-card .card'),
};

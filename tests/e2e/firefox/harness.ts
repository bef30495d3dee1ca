import { createServer, request as httpRequest, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { PAGES_DIR, ROOT, serveFixtures } from '../harness';
import { readUiThrough } from './our-ui';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');

/** The add-on's moz-extension:// host, fixed for the test profile (Firefox picks a random one per install). */
const EXTENSION_UUID = '3d5e2c1a-7b4f-4c8e-9a6d-2f1e0b9c8a77';

export interface FirefoxHarness {
  browser: Browser;
  /** `moz-extension://…/`, the origin of the extension's pages. */
  extensionBase: string;
  baseUrl: string;
  /** Every request that reached the network from any context (pages, content scripts, extension pages, the background). */
  requests: string[];
  open(path: string): Promise<Page>;
  /** An extension page kept open to call the extension's APIs from. */
  extensionPage(): Promise<Page>;
  /**
   * Evaluate `expression` in the browser window's own (chrome) document, where Firefox keeps the
   * add-ons' keyboard shortcuts: WebDriver BiDi reaches it with `moz:scope` under
   * --remote-allow-system-access. Returns the value when it is a string.
   */
  inBrowserWindow(expression: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR driven through WebDriver BiDi, with the Firefox build installed as a
 * temporary add-on. All of Firefox's traffic goes through a recording proxy (the fixture pages
 * included), so a request from any context, the background script too, is seen.
 */
export async function launchFirefox(): Promise<FirefoxHarness> {
  const manifest = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first`);
  const geckoId = JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings.gecko.id as string;
  const { url, server } = await serveFixtures(PAGES_DIR);
  const fixtures = new URL(url);
  const requests: string[] = [];
  const proxy = await recordingProxy(requests, fixtures);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets the test open the extension's own pages (moz-extension://) in a tab.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // permissions.request() is granted without a doorhanger (nobody is there to click it).
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionBase = `moz-extension://${EXTENSION_UUID}/`;
  let extPage: Page | null = null;
  const harness: FirefoxHarness = {
    browser,
    extensionBase,
    baseUrl: url,
    requests,
    async open(path) {
      const page = await browser.newPage();
      if (path.startsWith('moz-extension:')) await openExtensionPage(page, path);
      else await page.goto(`${url}/${path}`);
      return page;
    },
    async extensionPage() {
      if (!extPage || extPage.isClosed()) {
        extPage = await browser.newPage();
        await openExtensionPage(extPage, `${extensionBase}options.html`);
      }
      return extPage;
    },
    async inBrowserWindow(expression) {
      // puppeteer-core has no call for chrome scope: its BiDi connection takes the raw commands.
      const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
      const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: Array<{ context: string; url: string }> };
      const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!window) throw new Error('no browser window in chrome scope');
      const evaluated = (await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true }))
        .result as { type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text?: string } };
      if (evaluated.type !== 'success') throw new Error(`in the browser window: ${evaluated.exceptionDetails?.text ?? 'failed'}`);
      return evaluated.result?.type === 'string' ? (evaluated.result.value as string) : undefined;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
      await new Promise((ok) => proxy.server.close(ok));
    },
  };
  // STAR Coach's UI in a page is in closed roots: the suite reads it through an extension page (our-ui.ts).
  readUiThrough(() => harness.extensionPage());
  await harness.extensionPage(); // opened first, so the tabs the tests open are in front of it
  return harness;
}

/**
 * Navigate to an extension page. Firefox loads it, but puppeteer hears no navigation events from a
 * moz-extension:// document, so the page's own state says when it is there.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 15_000 }).catch(() => {});
  const until = Date.now() + 15_000;
  // An evaluation during the switch from about:blank fails: ask again.
  const there = () => page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
  while ((await there()) !== `complete ${url}`) {
    if (Date.now() > until) throw new Error(`${url} did not open`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/**
 * An HTTP proxy that records every request's URL: plain requests to the fixture server are passed
 * on, anything else (and every CONNECT, which is how HTTPS starts) is recorded and refused.
 */
async function recordingProxy(requests: string[], fixtures: URL): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://invalid');
    requests.push(`${req.method} ${target.href}`);
    if (target.host !== fixtures.host) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest({ host: fixtures.hostname, port: fixtures.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

/** Probe until `ok` holds (conditions, never fixed sleeps); the error names what was awaited and what was last seen. */
export async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

/** Click into `selector` and type `text` key by key, as a writer does. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 2 });
}

/** Press `key` with Alt and Shift held (the in-page shortcuts). */
export async function altShift(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

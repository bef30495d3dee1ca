// `npm run bench:browser`: the built extension in Debian's Chromium, side by side with the same
// browser without it (the baseline). Prints every figure with its budget and PASS/OVER; asserts
// nothing (benchmarks print, tests never time things). Expect noise on a shared two-core machine:
// figures are medians of several runs.
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, ROOT, inUi, serveFixtures } from '../tests/e2e/harness';
import { inContentScript } from '../tests/e2e/hostile-tools';

import { DEBOUNCE_MS } from '../content/live/session';
const WEAK = 'We figured out the root cause together.';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// ---------------------------------------------------------------- output

const rows: string[][] = [];
function report(name: string, value: number | null, unit: string, budget: number | null, baseline?: number | null, note = '') {
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${round(v)} ${unit}`);
  const verdict = budget === null || value === null ? '—' : value <= budget ? 'PASS' : 'OVER';
  rows.push([name, fmt(value), budget === null ? 'none set' : `≤ ${budget} ${unit}`, verdict, baseline === undefined ? '' : fmt(baseline), note]);
  console.log(`  ${name}: ${fmt(value)} (budget ${budget === null ? 'none' : `≤ ${budget} ${unit}`}) ${verdict}${baseline === undefined ? '' : ` · baseline ${fmt(baseline)}`}${note ? ` · ${note}` : ''}`);
}
const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10);
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i]!;
}

// ---------------------------------------------------------------- fixtures

const words = (n: number) => {
  const base = 'Our nightly job synced orders to the warehouse and I traced the duplicate rows to a retry that replayed the same batch after a timeout'.split(' ');
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(base[i % base.length]!);
  // Sentences of about 16 words, with a weak "we" action now and then so there is something to underline.
  return out.map((w, i) => (i % 16 === 15 ? `${w}.${i % 64 === 15 ? ` ${WEAK}` : ''}` : w)).join(' ');
};

function writeFixtures(dir: string) {
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>body{font:16px/1.5 system-ui,sans-serif;margin:40px} textarea,[contenteditable]{display:block;width:900px;font:16px/1.5 Georgia,serif;padding:8px;border:1px solid #ccc}</style>` +
    `<script>window.__longtasks=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__longtasks.push({start:e.startTime,duration:e.duration})}).observe({type:'longtask',buffered:true});</script>` +
    `</head><body>${body}</body></html>`;
  const para = (n: number) => `<p>${words(n)}</p>`;
  writeFileSync(join(dir, 'static.html'), page('No editable field', `<h1>Article</h1>${para(300)}${para(300)}${para(300)}`));
  writeFileSync(join(dir, 'many-textareas.html'), page('1,000 textareas', Array.from({ length: 1000 }, (_, i) => `<textarea name="t${i}" rows="2"></textarea>`).join('')));
  const ce = words(5000).split('. ').map((s) => `<p>${s}.</p>`).join('');
  writeFileSync(join(dir, 'contenteditable-5000.html'), page('5,000-word contenteditable', `<div id="field" contenteditable="true" style="height:600px;overflow:auto">${ce}</div>`));
  writeFileSync(join(dir, 'textarea-300.html'), page('300-word textarea', `<textarea id="field" style="height:400px">${words(300)}</textarea>`));
  writeFileSync(join(dir, 'textarea-2000.html'), page('2,000-word textarea', `<textarea id="field" style="height:600px">${words(2000)}</textarea>`));
}

// ---------------------------------------------------------------- browser

interface Browser {
  ctx: BrowserContext;
  withExtension: boolean;
  extensionId: string | null;
  close(): Promise<void>;
}

async function open(withExtension: boolean): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'star-coach-bench-'));
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic'];
  if (withExtension) args.unshift(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1200, height: 800 }, args });
  let extensionId: string | null = null;
  if (withExtension) {
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    ctx,
    withExtension,
    extensionId,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Type `keys` characters at `rate` keys per second at the end of #field; long tasks seen meanwhile. */
async function typeRun(page: Page, keys: number, rate: number): Promise<{ count: number; total: number; max: number }> {
  await page.click('#field');
  await page.keyboard.press('Control+End');
  const start = await page.evaluate(() => performance.now());
  const text = ' Then I added a check that caught the duplicates before the sync ran again';
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type(text[i % text.length]!);
    await page.waitForTimeout(1000 / rate);
  }
  await page.waitForTimeout(DEBOUNCE_MS + 1_000);
  const tasks = await page.evaluate((t0) => (window as unknown as { __longtasks: Array<{ start: number; duration: number }> }).__longtasks.filter((e) => e.start >= t0), start);
  return { count: tasks.length, total: tasks.reduce((s, t) => s + t.duration, 0), max: Math.max(0, ...tasks.map((t) => t.duration)) };
}

/**
 * Time from the last keystroke of a short burst to the highlight update the new report brings, minus
 * the debounce.
 * Updates are seen in the page: the textarea mirror's shadow root changing (MutationObserver), or
 * the contenteditable's CSS highlight being replaced (checked every frame, so ±16 ms).
 */
async function highlightLatencies(page: Page, kind: 'textarea' | 'contenteditable', bursts: number): Promise<number[]> {
  await page.click('#field');
  await page.keyboard.press('Control+End');
  // STAR Coach's roots are closed and its highlight names random: watched from the content
  // script's world (harness inUi). A string, not a function: tsx's helper names (__name) do not exist there.
  await inUi(page, `async (ui) => {
    const w = window;
    const kind = ${JSON.stringify(kind)};
    w.__updates = [];
    document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
    if (kind === 'textarea') {
      const watch = () => {
        const host = document.querySelector('star-coach-mirror');
        const root = ui.root(host);
        if (!root) return void setTimeout(watch, 50);
        new MutationObserver(() => w.__updates.push(performance.now())).observe(root, { childList: true, subtree: true });
      };
      watch();
    } else {
      // Every redraw registers new Highlight objects (under this run's random names).
      let last = [];
      const frame = () => {
        const now = [...CSS.highlights.values()];
        if (now.length !== last.length || now.some((hl, i) => hl !== last[i])) {
          last = now;
          w.__updates.push(performance.now());
        }
        requestAnimationFrame(frame);
      };
      frame();
    }
  }`);
  // The first report of a page (the first draw, with the worker warming up) is not a typing latency.
  await page.keyboard.type(' Then');
  await page.waitForTimeout(DEBOUNCE_MS + 2_000);
  const out: number[] = [];
  for (let i = 0; i < bursts; i++) {
    const n = await inUi<number>(page, '() => window.__updates.length');
    for (const ch of ` we${i}`) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(100);
    }
    const deadline = Date.now() + DEBOUNCE_MS + 5_000;
    let latency: number | null = null;
    while (Date.now() < deadline) {
      await page.waitForTimeout(100);
      // Highlights move with each keystroke at once (no report needed); the report's redraw is the
      // first update once the debounce after the last key has run out.
      latency = await inUi<number | null>(
        page,
        `() => { const w = window; const next = w.__updates.slice(${n}).find((t) => t >= w.__lastKey + ${DEBOUNCE_MS}); return next === undefined ? null : next - w.__lastKey; }`,
      );
      if (latency !== null) break;
    }
    if (latency !== null) out.push(latency - DEBOUNCE_MS);
    await page.waitForTimeout(300);
  }
  return out;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }

async function startProfile(page: Page, intervalUs = 200): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return cdp;
}

/** Self time by function of the extension's own code (CPU profile of the page's main thread, every world). */
async function stopProfile(cdp: CDPSession, title: string) {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] } };
  await cdp.detach();
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Charge native and engine time (layout, style, GC) to the nearest extension frame above it.
  const charged = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (f.url.startsWith('chrome-extension://')) {
        const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
        charged.set(key, (charged.get(key) ?? 0) + ms);
        total += ms;
        break;
      }
    }
  }
  console.log(`  ${title}: ${round(total)} ms in all (minified positions; native work charged to the extension frame that caused it)`);
  for (const [k, ms] of [...charged].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`    ${round(ms).toString().padStart(7)} ms  ${k}`);
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

// ---------------------------------------------------------------- sections

/** Minified bytes by module of one entry, bundled by esbuild with a metafile (an estimate of what is in the file). */
async function modulesOf(entry: string): Promise<Map<string, number>> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    outfile: join(tmpdir(), 'star-coach-content-analysis.js'),
    loader: { '.css': 'empty' },
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.ENTRYPOINT': '"content"' },
    logLevel: 'silent',
  });
  const byModule = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs))) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = m ? m[1]! : relative(ROOT, join(ROOT, path));
    byModule.set(key, (byModule.get(key) ?? 0) + bytesInOutput);
  }
  return byModule;
}

/**
 * Every file of content-script code the build has: where it runs and when it is loaded. Chunks are
 * loaded by other content-script code on demand (platform/browser-differences.ts, CONTENT_CHUNKS).
 */
const CONTENT_FILES = [
  { path: 'coach-start.js', entry: 'entrypoints/coach-start.ts', when: 'every frame of every page' },
  { path: 'live-coach.js', entry: 'entrypoints/live-coach.ts', when: 'imported on the first focus or input in a field' },
  { path: 'selection-panel.js', entry: 'entrypoints/selection-panel.ts', when: 'imported when a selection report or notice is first shown' },
  { path: 'content-scripts/gdocs-coach.js', entry: 'entrypoints/gdocs-coach.content/index.ts', when: 'Google Docs only' },
  { path: 'content-scripts/gdocs-hook.js', entry: 'entrypoints/gdocs-hook.content/index.ts', when: 'Google Docs only (main world)' },
] as const;
/** What a first write in a plain textarea on an ordinary page loads, as the code is meant to work (checked in the browser by firstUse). */
const FIRST_WRITE = ['coach-start.js', 'live-coach.js'];
/** Gzipped size of each file, by path. */
const gzipped = new Map<string, number>();

async function bundleSize() {
  console.log('\n## Content script bundle');
  let nlpModules: string[] = [];
  let textHasCompromise = false;
  let all = 0;
  for (const f of CONTENT_FILES) {
    const code = readFileSync(join(EXTENSION_DIR, f.path));
    const gz = gzipSync(code, { level: 9 }).length;
    gzipped.set(f.path, gz);
    all += gz;
    report(`${f.path} (${f.when}): raw`, code.length / 1024, 'KB', null);
    report(`${f.path} (${f.when}): gzipped`, gz / 1024, 'KB', null);
    const byModule = await modulesOf(f.entry);
    console.log(`  biggest modules of ${f.path} (esbuild estimate, minified bytes):`);
    for (const [name, bytes] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${name}`);
    nlpModules = nlpModules.concat([...byModule.keys()].filter((k) => /compromise|lib\/(nlp|checks|data)/.test(k)));
    textHasCompromise ||= /compromise|efrt|\bnlp\(/.test(code.toString('utf8'));
  }
  report('content-script code in all (every file above), gzipped', all / 1024, 'KB', null);
  report('compromise / rubric data in the content script', nlpModules.length + (textHasCompromise ? 1 : 0), 'modules', 0, undefined, nlpModules.length ? nlpModules.join(', ') : 'none');
}

/** The 30 KB budget: the content-script code a first write in a plain textarea on an ordinary page loads. */
function firstWriteSize(files: readonly string[], how: string) {
  const total = files.reduce((sum, f) => sum + (gzipped.get(f) ?? NaN), 0);
  report('content-script code loaded by a first write on an ordinary page, gzipped', total / 1024, 'KB', 30, undefined, `${files.join(' + ')} (${how})`);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  args?: { data?: { url?: string; scriptName?: string; fileName?: string } };
}

/** Script work in a trace: compiling and running scripts, and calling into them (listeners, timers). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'v8.produceCache', 'v8.produceModuleCache']);

/** Total thread time covered by `events` (nested and overlapping events counted once). */
function coveredMs(events: TraceEvent[]): number {
  const spans = events
    .filter((e) => e.tts !== undefined && e.tdur !== undefined)
    .map((e) => [e.tts!, e.tts! + e.tdur!] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}

/**
 * Scripting time of loading `url` from a trace, as DevTools counts it: compiling and running
 * scripts plus every call into them, on the page's main thread, until the page has been idle a
 * while (the content script runs at document_idle). `extension` is the part whose script is the
 * extension's (chrome-extension:// URLs); `page` is all of it. CDP's ScriptDuration metric is not
 * used: it leaves out compiling, which is most of what a content script costs a page.
 */
async function loadScripting(b: Browser, url: string): Promise<{ extension: number; page: number }> {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1_500);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  // The renderer's main thread: where the page's own document was evaluated (or, failing that, any script event).
  const scripts = events.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name));
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.data?.fileName ?? '';
  const main = events.find((e) => e.name === 'ParseHTML') ?? scripts[0];
  const onMain = scripts.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  // BENCH_DEBUG=1: each load's script events of the extension, and what the main thread did inside
  // them (v8.compile against v8.run), to see where an idle cost goes.
  if (process.env.BENCH_DEBUG) {
    const ext = onMain.filter((e) => urlOf(e).startsWith('chrome-extension://'));
    console.log('   ', ext.map((e) => `${e.name}:${((e.tdur ?? 0) / 1000).toFixed(2)}@${urlOf(e).split('/').pop()}`).join(' '));
    const all = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && ext.some((x) => e.ts >= x.ts && e.ts < x.ts + (x.dur ?? 0)));
    const by = new Map<string, number>();
    for (const e of all) by.set(e.name, (by.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    console.log('    inside:', [...by].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, v]) => `${n}=${v.toFixed(2)}`).join(' '));
  }
  return { extension: coveredMs(onMain.filter((e) => urlOf(e).startsWith('chrome-extension://'))), page: coveredMs(onMain) };
}

async function idle(ext: Browser, base: Browser, url: string) {
  console.log('\n## Idle cost (scripting time of a page load, compile included)');
  for (const [name, path, budget] of [['page with no editable field', 'static.html', 2], ['page with 1,000 textareas', 'many-textareas.html', 20]] as const) {
    const added: number[] = [];
    const withExt: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      without.push((await loadScripting(base, `${url}/${path}`)).page);
      const run = await loadScripting(ext, `${url}/${path}`);
      added.push(run.extension);
      withExt.push(run.page);
    }
    report(`${name}: scripting added by the extension`, median(added), 'ms', budget, median(without), `the extension's scripts' own compile + run time; page in all ${round(median(withExt))} ms with the extension (median of ${RUNS})`);
    const page = await ext.ctx.newPage();
    const profiler = await startProfile(page, 50); // the start-up script runs for well under a millisecond
    await page.goto(`${url}/${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(1_500);
    await stopProfile(profiler, `${name}: the extension's own frames during the load`);
    await page.close();
  }
}

async function typing(ext: Browser, base: Browser, url: string) {
  console.log('\n## Typing (10 keys/s, then 4 keys/s, for 10 s each)');
  for (const [name, path, kind] of [['5,000-word contenteditable', 'contenteditable-5000.html', 'contenteditable'], ['2,000-word textarea', 'textarea-2000.html', 'textarea']] as const) {
    const runs = await Promise.all([ext, base].map(async (b) => {
      const page = await b.ctx.newPage();
      await page.goto(`${url}/${path}`);
      await page.waitForTimeout(1_000);
      return { b, page };
    }));
    const lt: Record<string, { count: number; total: number; max: number }> = {};
    // 10 keys/s: analysed once per pause; 4 keys/s: slower than the debounce, so every key brings a report and a redraw.
    for (const [rate, keys] of [[10, 100], [4, 40]] as const) {
      for (const { b, page } of runs) lt[b.withExtension ? 'ext' : 'base'] = await typeRun(page, keys, rate);
      report(`${name}: long tasks (> 50 ms) added by the extension while typing ${rate} keys/s`, Math.max(0, lt.ext!.count - lt.base!.count), 'tasks', 0, lt.base!.count, `with extension ${lt.ext!.count} (total ${round(lt.ext!.total)} ms, longest ${round(lt.ext!.max)} ms); baseline total ${round(lt.base!.total)} ms; counted from the first key to 1 s after the last, so the final analysis and paint are in`);
    }
    const extPage = runs.find((r) => r.b.withExtension)!.page;
    const profiler = await startProfile(extPage);
    const lat = await highlightLatencies(extPage, kind, 12);
    await stopProfile(profiler, `${name}: where the content script spends its time during the bursts`);
    const total = lat.map((ms) => ms + DEBOUNCE_MS);
    report(`${name}: last keystroke → updated highlights, debounce (${DEBOUNCE_MS} ms) included, p50`, total.length ? quantile(total, 0.5) : null, 'ms', null, undefined, `${total.length} samples`);
    report(`${name}: last keystroke → updated highlights, debounce (${DEBOUNCE_MS} ms) included, p95`, total.length ? quantile(total, 0.95) : null, 'ms', 250, undefined, `${total.length} samples; beyond the debounce p95 ${lat.length ? round(quantile(lat, 0.95)) : '—'} ms`);
    // How much of that is the worker: the same draft sent from the content script's world, warm.
    const field = kind === 'textarea' ? 'document.getElementById("field").value' : 'document.getElementById("field").innerText';
    const trips: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      trips.push(
        await inContentScript<number>(
          extPage,
          ext.extensionId!,
          `(async () => { const text = ${field}; const t0 = performance.now(); const r = await chrome.runtime.sendMessage({ id: 1, type: 'analyzeText', data: { text }, timestamp: 1 }); if (!r || !r.res) throw new Error('no report'); return performance.now() - t0; })()`,
        ),
      );
    }
    report(`${name}: of which the worker round trip (analyse + messaging), median`, median(trips), 'ms', null, undefined, `${RUNS} runs; the rest is the content script reading the field and drawing`);
    if (kind === 'contenteditable') {
      const basePage = runs.find((r) => !r.b.withExtension)!.page;
      const [withExt, without] = [await heapUsed(extPage), await heapUsed(basePage)];
      report(`${name}: JS heap after typing (page + content script)`, withExt, 'MB', null, without, `extension adds ${round(withExt - without)} MB`);
    }
    for (const { page } of runs) await page.close();
  }
}

async function coldStart(ext: Browser, url: string) {
  console.log('\n## Service worker: cold start → first report');
  const page = await ext.ctx.newPage();
  await page.goto(`${url}/textarea-2000.html`);
  await page.waitForTimeout(500);
  const cdp = await ext.ctx.newCDPSession(page);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('Runtime.enable');
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.disable');
  await cdp.send('Runtime.enable');
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${ext.extensionId}`);
  if (!isolated) throw new Error('content script context not found');
  const text = words(300);
  const ask = async () => {
    const r = (await cdp.send('Runtime.evaluate', {
      contextId: isolated.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => { const t0 = performance.now(); const r = await chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type: 'analyzeDraft', data: { text, fieldKind: 'textarea', site: url }, timestamp: 1 })}); if (!r || !r.res) throw new Error('no report'); return performance.now() - t0; })()`,
    })) as { result: { value: number }; exceptionDetails?: unknown };
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    return r.result.value;
  };
  const waitStatus = async (want: string) => {
    const until = Date.now() + 10_000;
    while (status !== want && Date.now() < until) await new Promise((ok) => setTimeout(ok, 50));
    return status === want;
  };
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await ask();
    await waitStatus('running');
    await cdp.send('ServiceWorker.stopAllWorkers');
    if (!(await waitStatus('stopped'))) throw new Error(`worker did not stop (${status})`);
    cold.push(await ask());
    warm.push(await ask());
  }
  report('cold worker → first report (300 words), median', median(cold), 'ms', 500, undefined, `max ${round(Math.max(...cold))} ms; warm worker median ${round(median(warm))} ms`);
  await cdp.detach();
  await page.close();
}

/**
 * What the lazy start costs the user once per page: from the first click into a 300-word textarea
 * to its first underlines, which includes importing live-coach.js, reading the settings, the
 * analysis and drawing (no debounce: a field that already holds text is analysed on focus).
 */
async function firstUse(ext: Browser, url: string) {
  console.log('\n## First use on a page (live coaching imported on the first focus)');
  const times: number[] = [];
  const loaded = new Set<string>();
  for (let i = 0; i < RUNS; i++) {
    const page = await ext.ctx.newPage();
    // The files live coaching imports (at their per-session URLs): requests from the page's frame.
    page.on('request', (r) => {
      if (r.url().startsWith('chrome-extension://')) loaded.add(new URL(r.url()).pathname.slice(1));
    });
    await page.goto(`${url}/textarea-300.html`);
    await page.waitForTimeout(300);
    // A string, not a function: tsx's helper names (__name) do not exist in the page.
    await page.evaluate(`(() => {
      const w = window;
      document.addEventListener('pointerdown', () => (w.__t0 = performance.now()), true);
      new MutationObserver(() => {
        if (w.__t1 === undefined && document.querySelector('star-coach-mirror')) w.__t1 = performance.now();
      }).observe(document.documentElement, { childList: true });
    })()`);
    await page.click('#field');
    await page.waitForFunction('window.__t1 !== undefined', undefined, { timeout: 10_000 });
    times.push(await page.evaluate('window.__t1 - window.__t0') as number);
    await page.close();
  }
  report('first focus in a field → first underlines (import, settings, analysis, drawing), median', median(times), 'ms', null, undefined, `max ${round(Math.max(...times))} ms; once per page`);
  // coach-start.js is the manifest's content script (no request); every other file the page's
  // frame asked for while the field was focused and coached counts.
  const files = ['coach-start.js', ...[...loaded].filter((f) => f !== 'coach-start.js').sort()];
  if (files.join() !== FIRST_WRITE.join()) console.log(`  note: a first write loaded ${files.join(', ')}, not ${FIRST_WRITE.join(', ')} as FIRST_WRITE says`);
  firstWriteSize(files, 'as loaded in the browser by the first focus in a 300-word textarea');
}

// ---------------------------------------------------------------- main

const dir = mkdtempSync(join(tmpdir(), 'star-coach-bench-pages-'));
mkdirSync(dir, { recursive: true });
writeFixtures(dir);
const { url, server } = await serveFixtures(dir);
console.log(`# STAR Coach browser benchmark (${new Date().toISOString()}, Chromium at ${CHROMIUM}, ${RUNS} runs per figure)`);
await bundleSize();
const ext = await open(true);
const base = await open(false);
// BENCH_ONLY=idle,typing,cold,first runs a subset while working on one figure.
const only = new Set((process.env.BENCH_ONLY ?? 'idle,typing,cold,first').split(','));
try {
  if (only.has('idle')) await idle(ext, base, url);
  if (only.has('typing')) await typing(ext, base, url);
  if (only.has('cold')) await coldStart(ext, url);
  if (only.has('first')) await firstUse(ext, url);
  else firstWriteSize(FIRST_WRITE, 'not checked in the browser in this run: BENCH_ONLY leaves out first');
} finally {
  await ext.close();
  await base.close();
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
}

console.log('\n## Summary');
const header = ['figure', 'value', 'budget', 'verdict', 'baseline (no extension)', 'note'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const over = rows.filter((r) => r[3] === 'OVER');
console.log(over.length ? `\n${over.length} figure(s) OVER budget.` : '\nEvery budget holds.');

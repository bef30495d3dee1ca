#!/usr/bin/env node
// `npm run demo`: build, then open Chromium with STAR Coach loaded on the bundled practice fixture.
// Needs a display; on a headless machine it says so and exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PAGES_DIR, serveFixtures } from '../tests/e2e/harness';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display here: the demo opens a browser window. The built extension is in .output/chrome-mv3/.');
  process.exit(1);
}
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const ext = resolve('.output/chrome-mv3');
const { url } = await serveFixtures(PAGES_DIR);
const profile = mkdtempSync(join(tmpdir(), 'star-coach-demo-'));
console.log(`Serving the demo pages at ${url}. Close the browser to stop.`);
const child = spawn(chromium, [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${ext}`,
  `--load-extension=${ext}`,
  '--no-first-run',
  '--disable-background-networking',
  // Chromium refuses to run as root with its sandbox on (containers, CI boxes).
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  `${url}/demo.html`,
], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, then the end-to-end tests in Debian's Chromium.
// Without Chromium the end-to-end tests are skipped loudly, unless they are required
// (CI=true or STAR_E2E=required), in which case a missing browser fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = process.env.STAR_E2E === 'required' || process.env.CI === 'true';
const skipE2E = process.env.STAR_E2E === 'skip';
const out = mkdtempSync(join(tmpdir(), 'star-coach-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

/** Runs one stage; returns its exit status (0 when it passed). */
function spawn(title, cmd, args) {
  console.log(`\n▶ ${title}: ${[cmd, ...args].join(' ')}`);
  // A test build: the Google Docs scripts also match the local Docs imitation (wxt.config.ts).
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, STAR_COACH_TEST_BUILD: '1' } });
  return r.status ?? 1;
}

function fail(title, status) {
  console.error(`\n✖ ${title} failed (exit ${status}).`);
  summary();
  process.exit(status || 1);
}

function run(title, cmd, args) {
  const status = spawn(title, cmd, args);
  if (status !== 0) fail(title, status);
}

/** A vitest stage: its counts go into the summary line whether it passed or not. */
function vitest(title, config, name) {
  const report = join(out, `${name}.json`);
  const status = spawn(title, 'npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  }
  if (status !== 0) {
    // A run that failed without a failed test (a suite that could not load, an unhandled error) still fails.
    if (totals.failed === 0) totals.failed = 1;
    fail(title, status);
  }
}

function summary() {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
vitest('unit tests', 'vitest.config.ts', 'unit');

if (skipE2E || !existsSync(chromium)) {
  if (required && !skipE2E) {
    console.error(`\n✖ End-to-end tests are required here but ${chromium} is missing. Install it: apt-get install -y chromium`);
    process.exit(1);
  }
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! END-TO-END TESTS SKIPPED: ${skipE2E ? 'STAR_E2E=skip' : `no Chromium at ${chromium}`}.`);
  console.warn('!! Only the unit tests ran. To run the browser tests: apt-get install -y chromium');
  console.warn(`!! (or set CHROMIUM_PATH), then npm test again.\n${bar}`);
} else {
  run('build', 'npx', ['wxt', 'build']);
  run('editor fixtures', 'node', ['scripts/build-fixtures.mjs']);
  vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.ts', 'e2e');
}
firefoxStages();
summary();
process.exit(totals.failed > 0 ? 1 : 0);

/** The Firefox build, `web-ext lint` on it, then its end-to-end tests in Debian's Firefox ESR. */
function firefoxStages() {
  run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
  run('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-input']);
  if (skipE2E) return;
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(firefox)) {
    if (required) {
      console.error(`\n✖ End-to-end tests are required here but ${firefox} is missing. Install it: apt-get install -y firefox-esr`);
      summary();
      process.exit(1);
    }
    const bar = '!'.repeat(78);
    console.warn(`\n${bar}\n!! FIREFOX END-TO-END TESTS SKIPPED: no Firefox at ${firefox}.`);
    console.warn('!! To run them: apt-get install -y firefox-esr (or set FIREFOX_PATH), then npm test again.');
    console.warn(bar);
    return;
  }
  if (!existsSync('tests/fixtures/pages/build')) run('editor fixtures', 'node', ['scripts/build-fixtures.mjs']);
  vitest('end-to-end tests (Firefox)', 'vitest.firefox.config.ts', 'e2e-firefox');
}

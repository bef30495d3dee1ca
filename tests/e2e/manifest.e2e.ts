// The production build, as `npm run build` makes it, ships no match for the test fixtures: the
// Google Docs scripts run on docs.google.com only. Built here into a folder of its own (the other
// end-to-end tests use the test build, which adds the local Docs imitation).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT, launch } from './harness';

interface Manifest {
  content_scripts?: Array<{ matches?: string[]; world?: string }>;
}

describe('the production manifest', () => {
  const out = mkdtempSync(join(tmpdir(), 'star-coach-production-'));
  let manifest: Manifest;
  let raw: string;

  beforeAll(() => {
    const env: NodeJS.ProcessEnv = { ...process.env, STAR_COACH_OUT_DIR: out };
    delete env.STAR_COACH_TEST_BUILD;
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`production build failed:\n${build.stdout}\n${build.stderr}`);
    raw = readFileSync(join(out, 'chrome-mv3/manifest.json'), 'utf8');
    manifest = JSON.parse(raw) as Manifest;
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has no 127.0.0.1 match; the Docs scripts match docs.google.com only', () => {
    expect(raw).not.toContain('127.0.0.1');
    const docs = (manifest.content_scripts ?? []).filter((c) => c.matches?.some((m) => m.includes('docs.google.com')));
    expect(docs).toHaveLength(2); // the main-world hook and the coach
    for (const c of docs) expect(c.matches).toEqual(['https://docs.google.com/document/*']);
    // The test build, which the other end-to-end tests load, does carry the fixture's match.
    expect(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).toContain('http://127.0.0.1/gdocs/*');
  });

  it("has no test hook: the worker's analysis log exists in the test build only", async () => {
    expect(readFileSync(join(out, 'chrome-mv3/background.js'), 'utf8')).not.toContain('__starCoachAnalyses');
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('__starCoachAnalyses');
    const h = await launch({ extensionDir: join(out, 'chrome-mv3') });
    try {
      expect(await h.worker.evaluate(() => typeof (globalThis as Record<string, unknown>).__starCoachAnalyses)).toBe('undefined');
    } finally {
      await h.close();
    }
  });

  it('loaded in Chromium, it leaves the Docs imitation served from 127.0.0.1 alone', async () => {
    const h = await launch({ extensionDir: join(out, 'chrome-mv3') });
    try {
      const page = await h.open('gdocs/hook.html?star-coach-docs-fixture=1');
      await page.waitForTimeout(500);
      // The main-world hook would have set Docs' flag to the extension's id at document_start.
      expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)._docs_annotate_canvas_by_ext ?? null)).toBeNull();
    } finally {
      await h.close();
    }
  });
});

import { defineConfig, type UserManifest } from 'wxt';
import preact from '@preact/preset-vite';
import { DOCS_MATCHES, FIXTURE_MATCHES } from './content/gdocs/docs-page';

/**
 * Test builds (`npm test`, `npm run test:e2e`, the benchmarks and screenshots set
 * STAR_COACH_TEST_BUILD=1) also run the Google Docs scripts on the local imitation of Docs that the
 * tests serve from 127.0.0.1. The production build (`npm run build`) has no such match.
 */
export const TEST_BUILD = process.env.STAR_COACH_TEST_BUILD === '1';

// Explicit imports everywhere (no auto-imports): every module says what it depends on.
export default defineConfig({
  imports: false,
  // Another output folder for a second build beside the test build (tests/e2e/manifest.e2e.ts).
  outDir: process.env.STAR_COACH_OUT_DIR || '.output',
  manifestVersion: 3,
  manifest: {
    name: 'STAR Coach',
    description:
      'Live coaching for STAR behavioural-interview answers in any text box. Everything runs on your machine.',
    permissions: ['contextMenus', 'storage', 'sidePanel'],
    // The content script on every page: a few kilobytes that wait for someone to write
    // (entrypoints/coach-start.ts). The underline styles of contenteditable fields are adopted by
    // live coaching itself: their highlight names are random for each run.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
        js: ['coach-start.js'],
      },
    ],
    // The live-coaching code, loaded by the content script when someone writes (so a page where
    // nobody does evaluates only a few kilobytes), and the selection panel, loaded by live coaching
    // when a page first shows one (platform/browser-differences.ts, CONTENT_CHUNKS). A content
    // script can import() only what pages may load too; `use_dynamic_url` gives each a URL that
    // changes every session, so no page can probe for the files to learn that STAR Coach is installed.
    web_accessible_resources: [{ resources: ['live-coach.js', 'selection-panel.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    action: { default_title: 'STAR Coach' },
    commands: {
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Check the selected text as a STAR answer',
      },
    },
  },
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    // Test builds only: the worker's analysis log (entrypoints/background/index.ts); in the
    // production build the flag is false and the code is dropped.
    define: { 'import.meta.env.STAR_COACH_TEST_BUILD': JSON.stringify(TEST_BUILD) },
  }),
  hooks: {
    'config:resolved': (wxt) => {
      if (wxt.config.browser === 'firefox') forFirefox(wxt.config.manifest);
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!TEST_BUILD) return;
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.includes(DOCS_MATCHES[0]!)) script.matches = [...script.matches, ...FIXTURE_MATCHES];
      }
    },
  },
});

/**
 * Firefox's manifest, from the same one (API differences at run time: platform/browser-differences.ts).
 * WXT already turns the side panel into `sidebar_action` and the service worker into `background.scripts`.
 */
function forFirefox(manifest: UserManifest): void {
  // `menus` is Firefox's name for `contextMenus`; the sidebar needs no permission.
  manifest.permissions = (manifest.permissions ?? [])
    .filter((p) => p !== 'sidePanel')
    .map((p) => (p === 'contextMenus' ? 'menus' : p));
  // Firefox has no `use_dynamic_url`: a web-accessible file would sit at one URL for the install's
  // life. So none: the worker injects the live-coaching code into the frame that asks for it
  // (`scripting`, on the sites the content script already runs on).
  manifest.permissions.push('scripting');
  delete manifest.web_accessible_resources;
  manifest.browser_specific_settings = {
    gecko: {
      // Fixed id: storage.sync and the add-ons store need one.
      id: '{6c1b7a52-3f0e-4d8e-9b1a-5e2c7d4f9a31}',
      // The CSS Custom Highlight API (underlines in rich editors) arrived in Firefox 140.
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
}

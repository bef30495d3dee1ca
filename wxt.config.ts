import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Explicit imports everywhere (no auto-imports): every module says what it depends on.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: {
    name: 'STAR Coach',
    description:
      'Live coaching for STAR behavioural-interview answers in any text box. Everything runs on your machine.',
    permissions: ['contextMenus', 'storage', 'sidePanel'],
    // The content script on every page: a few kilobytes that wait for someone to write
    // (entrypoints/coach-start.ts), and the underline colours for contenteditable fields.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
        js: ['coach-start.js'],
        css: ['assets/highlights.css'],
      },
    ],
    // The live-coaching code, loaded by the content script when someone writes (so a page where
    // nobody does evaluates only a few kilobytes). A content script can import() only what pages
    // may load too; `use_dynamic_url` gives it a URL that changes every session, so no page can
    // probe for the file to learn that STAR Coach is installed.
    web_accessible_resources: [{ resources: ['live-coach.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
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
  }),
});

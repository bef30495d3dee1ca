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

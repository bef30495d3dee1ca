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
    permissions: ['contextMenus', 'storage'],
    action: { default_title: 'STAR Coach' },
  },
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  }),
});

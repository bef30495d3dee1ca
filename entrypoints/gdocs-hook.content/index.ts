import { defineContentScript } from 'wxt/utils/define-content-script';
import { DOCS_MATCHES } from '../../content/gdocs/docs-page';
import { installHook } from '../../content/gdocs/hook';

// Google Docs' main world, before any page script: ask Docs for its annotated text model, and
// answer the coach's requests for text over a private port (content/gdocs/protocol.ts).
// The test fixture's match is added to test builds only (wxt.config.ts).
export default defineContentScript({
  matches: DOCS_MATCHES,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installHook(window);
  },
});

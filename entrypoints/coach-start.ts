import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { bootstrap } from '../content/startup/bootstrap';
import { useClaimName } from '../content/startup/claim';
import { isTextEventFrame } from '../content/gdocs/docs-page';
import { takeLiveModule } from '../content/startup/handoff';
import { loadLiveCoach } from '../platform/browser-differences';

// The content script on every page (declared in wxt.config.ts, not as a WXT content script: WXT's
// wrapper adds start-up work of its own, and a document event whose name includes the extension's
// id, which a page could listen for). It only waits; live coaching (entrypoints/live-coach.ts) is
// imported when someone writes.
export default defineUnlistedScript(() => {
  if (isTextEventFrame(window)) return; // Google Docs' keystroke iframe: content/gdocs coaches Docs
  useClaimName(browser.runtime.getURL('/live-coach.js'));
  const controller = new AbortController();
  bootstrap(
    document,
    {
      load: async () => {
        await loadLiveCoach();
        return takeLiveModule();
      },
      messages: browser.runtime.onMessage,
      // After the extension is reloaded or updated this script is orphaned: its runtime is gone.
      // The first time that shows, everything stops (underlines removed) and stays quiet.
      isInvalid: () => {
        if (browser.runtime?.id) return false;
        controller.abort();
        return true;
      },
      log: (message, ...details) => {
        if (import.meta.env.DEV) console.debug('[STAR Coach]', message, ...details);
      },
    },
    controller.signal,
  );
});

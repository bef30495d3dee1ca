import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { useClaimName } from '../content/startup/claim';
import { sendToWorker } from '../platform/protocol';
import { startLive } from '../content/live/live';
import { offerLiveModule, type LiveModule } from '../content/startup/handoff';
import { showNotice } from '../content/live/selection-panel';
import { dismissalsViaWorker } from '../platform/dismissals';
import { loadSettings, watchSettings } from '../platform/settings';

// Live coaching, loaded by the content script (entrypoints/coach-start.ts) on the first focus or input
// in an answer field, or when the extension asks for it; never on a page where nobody writes.
export default defineUnlistedScript(() => {
  useClaimName(browser.runtime.getURL('/live-coach.js')); // as the start-up script does
  const module: LiveModule = {
    start: (doc, signal, { isInvalid, log }) =>
      startLive(
        doc,
        {
          analyze: (draft) =>
            isInvalid() ? Promise.reject(new Error('STAR Coach was reloaded')) : sendToWorker('analyzeDraft', draft),
          dismissals: dismissalsViaWorker((data) => sendToWorker('updateDismissal', data)),
          settings: { load: loadSettings, watch: watchSettings },
          log,
        },
        signal,
      ),
    notice: (doc, message) => void showNotice(doc, message),
  };
  offerLiveModule(module);
});

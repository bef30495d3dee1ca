import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../lib/messaging';
import { isSiteEnabled } from '../../lib/settings';
import { analyzeViaWorker } from '../../platform/analyze-via-worker';
import { dismissalsViaWorker } from '../../platform/dismissals';
import { setDismissalSalt } from '../../content/finding-key';
import { loadSettings, settingsItem } from '../../platform/settings';
import { openBridge } from '../../content/gdocs/bridge';
import { startDocsCoach } from '../../content/gdocs/controller';
import { DOCS_MATCHES, isDocsUrl } from '../../content/gdocs/docs-surface';
import { onAbort } from '../../content/teardown';

// Google Docs, isolated world. At document_start it opens the private channel to the main-world
// hook (which needs this extension's id before Docs' own scripts run); once the page has loaded it
// starts coaching over Docs' canvas, driven by the user's settings like the ordinary live coach.
// The test fixture's match is added to test builds only (wxt.config.ts).
export default defineContentScript({
  matches: DOCS_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    if (!isDocsUrl(location.href)) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const bridge = openBridge(window, browser.runtime.id, controller.signal);

    // Dismissal hashes are salted per install: no report is drawn before the salt is here.
    let salted: Promise<void> | undefined;
    const salt = () => (salted ??= sendMessage('getDismissalSalt').then(setDismissalSalt, (error: unknown) => {
        salted = undefined; // ask again with the next draft
        throw error;
      }));
    const analyze = analyzeViaWorker((draft) => salt().then(() => sendMessage('analyzeDraft', draft)));

    const start = () => {
      const coach = startDocsCoach(
        document,
        {
          analyze,
          bridge,
          dismissals: dismissalsViaWorker(
            (data) => sendMessage('updateDismissal', data),
            (site) => sendMessage('getDismissals', { site }),
          ),
          log: (message, ...details) => {
            if (import.meta.env.DEV) console.debug('[STAR Coach · Docs]', message, ...details);
          },
        },
        controller.signal,
      );
      const applySettings = (settings: Awaited<ReturnType<typeof loadSettings>>) => {
        coach.setLiveDimensions(settings.liveDimensions);
        coach.setEnabled(isSiteEnabled(settings, location.origin));
      };
      void loadSettings().then(applySettings, () => {});
      const unwatch = settingsItem().watch(() =>
        void loadSettings().then((settings) => {
          applySettings(settings);
          coach.refresh(); // level, focus or question changed: analyse again
        }, () => {}),
      );
      onAbort(controller.signal, unwatch);
      const stop = onMessage('getDocumentText', () => coach.documentText());
      onAbort(controller.signal, stop);
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start, { once: true, signal: controller.signal });
    } else start();
  },
});

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onTabMessage, sendToWorker } from '../../platform/protocol';
import type { ProfileId } from '../../lib/questions/ids';
import { analyzeViaWorker } from '../../platform/analyze-via-worker';
import { setDismissalSalt } from '../../content/live/dismissal-hash';
import { dismissalsViaWorker } from '../../platform/dismissals-via-worker';
import { loadSettings, watchSettings } from '../../platform/settings-read';
import { openBridge } from '../../content/gdocs/bridge';
import { startDocsCoach } from '../../content/gdocs/coach';
import { DOCS_MATCHES, isDocsUrl } from '../../content/gdocs/docs-page';
import { siteOrigin, startSettingsSync } from '../../content/live/settings-sync';
import { onAbort } from '../../content/startup/teardown';

// Google Docs, isolated world. At document_start it opens the private channel to the main-world
// hook (which needs this extension's id before Docs' own scripts run); once the page has loaded it
// starts coaching over Docs' canvas, steered by the settings the same way as every other editor.
// The test fixture's match is added to test builds only (wxt.config.ts).
export default defineContentScript({
  matches: DOCS_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    if (!isDocsUrl(location.href)) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const bridge = openBridge(window, browser.runtime.id, controller.signal);
    const log = (message: string, ...details: unknown[]) => {
      if (import.meta.env.DEV) console.debug('[STAR Coach · Docs]', message, ...details);
    };

    // Dismissal hashes are salted per install: no report is drawn before the salt is here.
    let salted: Promise<void> | undefined;
    const salt = () => (salted ??= sendToWorker('getDismissalSalt').then(setDismissalSalt, (error: unknown) => {
        salted = undefined; // ask again with the next draft
        throw error;
      }));
    const analyze = analyzeViaWorker((draft) => salt().then(() => sendToWorker('analyzeDraft', draft)));

    const start = () => {
      const sync = startSettingsSync(
        {
          refresh: () => coach.refresh(),
          setEnabled: (on) => coach.setEnabled(on),
          setLiveDimensions: (dimensions) => coach.setLiveDimensions(dimensions),
          setMutedKinds: (bySite) => coach.setMutedKinds(bySite),
        },
        siteOrigin(location),
        { load: loadSettings, watch: watchSettings },
        controller.signal,
        { log },
      );
      const coach = startDocsCoach(
        document,
        {
          analyze,
          bridge,
          dismissals: dismissalsViaWorker(
            (data) => sendToWorker('updateDismissal', data),
            (site) => sendToWorker('getDismissals', { site }),
          ),
          muteKind: (site, kind, muted) => sendToWorker('setKindMuted', { site, kind, muted }),
          prepare: sync.ensure,
          questions: () => sendToWorker('listQuestions'),
          chooseQuestion: (key, id) => sendToWorker('chooseQuestion', { key, id: id as ProfileId | null }),
          log,
        },
        controller.signal,
      );
      const stop = onTabMessage('getDocumentText', () => coach.documentText());
      onAbort(controller.signal, stop);
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start, { once: true, signal: controller.signal });
    } else start();
  },
});

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { useClaimName } from '../content/startup/claim';
import { setDismissalSalt } from '../content/live/dismissal-hash';
import { sendToWorker } from '../platform/protocol';
import type { ProfileId } from '../lib/questions/ids';
import { startLive } from '../content/live/live';
import { offerLiveModule, type LiveModule } from '../content/startup/handoff';
import { takeSelectionUi } from '../content/live/chunks';
import { loadContentChunk } from '../platform/browser-differences';
import { analyzeViaWorker } from '../platform/analyze-via-worker';
import { dismissalsViaWorker } from '../platform/dismissals-via-worker';
import { loadSettings, watchSettings } from '../platform/settings-read';

// Live coaching, loaded by the content script (entrypoints/coach-start.ts) on the first focus or input
// in an answer field, or when the extension asks for it; never on a page where nobody writes.
export default defineUnlistedScript(() => {
  useClaimName(browser.runtime.getURL('/live-coach.js')); // as the start-up script does
  // Dismissal hashes are salted per install: no report is drawn before the salt is here.
  const salt = onceUntilFailure(() => sendToWorker('getDismissalSalt').then(setDismissalSalt));
  // The selection panel is a file of its own, loaded the first time a page shows it.
  const selectionUi = onceUntilFailure(() => loadContentChunk('selection-panel.js').then(() => takeSelectionUi()));
  const analyze = analyzeViaWorker((draft) => salt().then(() => sendToWorker('analyzeDraft', draft)));
  const module: LiveModule = {
    start: (doc, signal, { isInvalid, log, gestures }) =>
      startLive(
        doc,
        {
          analyze: (draft) => (isInvalid() ? Promise.reject(new Error('STAR Coach was reloaded')) : analyze(draft)),
          dismissals: dismissalsViaWorker(
            (data) => sendToWorker('updateDismissal', data),
            (site) => sendToWorker('getDismissals', { site }),
          ),
          muteKind: (site, kind, muted) => sendToWorker('setKindMuted', { site, kind, muted }),
          settings: { load: loadSettings, watch: watchSettings },
          gestures,
          questions: () => sendToWorker('listQuestions'),
          chooseQuestion: (key, id) => sendToWorker('chooseQuestion', { key, id: id as ProfileId | null }),
          selectionUi,
          log,
        },
        signal,
      ),
    notice: (doc, message) =>
      void selectionUi().then(
        (ui) => ui.showNotice(doc, message),
        () => {}, // nowhere to say it: the notice itself is what could not load
      ),
  };
  offerLiveModule(module);
});

/** `load` run once and its promise kept; a failure is forgotten, so the next call tries again. */
function onceUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../lib/messaging';
import { startCoach } from '../../content/coach';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage "<extension id>:content:wxt:content-script-started" on
  // every page, telling every site that STAR Coach is installed (its own DOM event is enough).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startCoach(
      document,
      {
        // After the extension is reloaded or updated this script is orphaned: asking `ctx.isInvalid`
        // aborts it, which removes every highlight, and it stays quiet from then on.
        analyze: (draft) =>
          ctx.isInvalid ? Promise.reject(new Error('STAR Coach was reloaded')) : sendMessage('analyzeDraft', draft),
        log: (message, ...details) => {
          if (import.meta.env.DEV) console.debug('[STAR Coach]', message, ...details);
        },
      },
      controller.signal,
    );
  },
});

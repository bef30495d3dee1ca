import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../lib/messaging';
import { startCoach } from '../../content/coach';
import { isTextEventFrame } from '../../content/gdocs/docs-surface';
import { dismissals } from '../../platform/dismissals';
import { installSelectionPanel } from '../../content/selection-panel';
import { siteOrigin, startSettingsSync } from '../../content/settings-sync';
import { loadSettings, watchSettings } from '../../platform/settings';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    if (isTextEventFrame(window)) return; // Google Docs' keystroke iframe: content/gdocs coaches Docs
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const coach = startCoach(
      document,
      {
        analyze: (draft) => sendMessage('analyzeDraft', draft),
        dismissals,
        log: (message, ...details) => {
          if (import.meta.env.DEV) console.debug('[STAR Coach]', message, ...details);
        },
      },
      controller.signal,
    );
    installSelectionPanel(document, controller.signal);
    void startSettingsSync(coach, siteOrigin(location), { load: loadSettings, watch: watchSettings }, controller.signal);
  },
});

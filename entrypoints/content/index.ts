import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../lib/messaging';
import { startCoach } from '../../content/coach';
import { isTextEventFrame } from '../../content/gdocs/docs-surface';
import { dismissals } from '../../platform/dismissals';
import { installSelectionPanel } from '../../content/selection-panel';
import { siteOrigin, startSettingsSync, type SettingsSync } from '../../content/settings-sync';
import { loadSettings, watchSettings } from '../../platform/settings';
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
    if (isTextEventFrame(window)) return; // Google Docs' keystroke iframe: content/gdocs coaches Docs
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const log = (message: string, ...details: unknown[]) => {
      if (import.meta.env.DEV) console.debug('[STAR Coach]', message, ...details);
    };
    // Settings are loaded when the coach first needs them (a field is followed) or the popup asks.
    const settings: { sync?: SettingsSync } = {};
    const coach = startCoach(
      document,
      {
        // After the extension is reloaded or updated this script is orphaned: asking `ctx.isInvalid`
        // aborts it, which removes every highlight, and it stays quiet from then on.
        analyze: (draft) =>
          ctx.isInvalid ? Promise.reject(new Error('STAR Coach was reloaded')) : sendMessage('analyzeDraft', draft),
        dismissals,
        prepare: () => settings.sync?.ensure() ?? Promise.resolve(),
        log,
      },
      controller.signal,
    );
    installSelectionPanel(document, controller.signal);
    settings.sync = startSettingsSync(coach, siteOrigin(location), { load: loadSettings, watch: watchSettings }, controller.signal, { log });
  },
});

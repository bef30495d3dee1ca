import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showNotice, showSelectionPanel } from '../content/live/selection-panel';
import { offerSelectionUi } from '../content/live/chunks';

// The selection report's panel and the short notice, loaded by live coaching (entrypoints/live-coach.ts)
// the first time the extension asks a page to show either: most pages never do.
export default defineUnlistedScript(() => {
  offerSelectionUi({ showSelectionPanel, showNotice });
});

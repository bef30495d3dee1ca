import type { showNotice, showSelectionPanel } from './selection-panel';

/**
 * Live-coaching code that only some pages need is in files of its own, loaded into the content
 * script's isolated world when first asked for (in Chrome a web-accessible file at a per-session
 * URL, in Firefox injected by the worker: `platform/browser-differences.ts`, `loadContentChunk`).
 * Each file is a script, not an ES module, so it leaves what it offers under a symbol on the
 * isolated world's global object (which the page cannot see), as `live-coach.js` does
 * (`content/startup/handoff.ts`).
 */

/** `selection-panel.js`: the selection report's panel (with the scorecard) and the short notice. */
export interface SelectionUi {
  showSelectionPanel: typeof showSelectionPanel;
  showNotice: typeof showNotice;
}

const SELECTION_UI = Symbol.for('star-coach.selection-ui');

type Holder = { [SELECTION_UI]?: SelectionUi };

export function offerSelectionUi(ui: SelectionUi, global: object = globalThis): void {
  (global as Holder)[SELECTION_UI] = ui;
}

export function takeSelectionUi(global: object = globalThis): SelectionUi {
  const ui = (global as Holder)[SELECTION_UI];
  if (!ui) throw new Error('the selection panel did not load');
  return ui;
}

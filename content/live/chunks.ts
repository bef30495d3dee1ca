import type { showNotice, showSelectionPanel } from './selection-panel';
import { handoverSlot } from '../startup/handover-slot';

/**
 * Live-coaching code that only some pages need is in files of its own, loaded into the content
 * script's isolated world when first asked for (in Chrome a web-accessible file at a per-session
 * URL, in Firefox injected by the worker: `platform/browser-differences.ts`, `loadContentChunk`).
 * Each hands itself over as `live-coach.js` does (`content/startup/handover-slot.ts`).
 */

/** `selection-panel.js`: the selection report's panel (with the scorecard) and the short notice. */
export interface SelectionUi {
  showSelectionPanel: typeof showSelectionPanel;
  showNotice: typeof showNotice;
}

const selectionUi = handoverSlot<SelectionUi>('star-coach.selection-ui', 'the selection panel');
export const offerSelectionUi = selectionUi.offer;
export const takeSelectionUi = selectionUi.take;

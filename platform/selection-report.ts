import { storage } from 'wxt/utils/storage';
import type { Report } from '../lib/types';

/** A selection check that the page could not show, handed to the extension's report page. */
export interface SelectionReport {
  text: string;
  report: Report;
  at: number;
}

/**
 * Kept in `storage.session` (memory only, cleared when the browser closes) and never in the URL, so
 * the selected text does not end up in the browser's history.
 */
export const selectionReportItem = storage.defineItem<SelectionReport | null>('session:selection-report', { fallback: null });

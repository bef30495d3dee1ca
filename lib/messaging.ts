import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalyzeOptions, Finding, Report } from './types';

/** What kind of field a draft came from; the background uses it only for the popup's label. */
export type FieldKind = 'textarea' | 'contenteditable' | 'google-docs' | 'selection' | 'practice';

export interface Draft {
  text: string;
  fieldKind: FieldKind;
  /** The page's origin; never the full URL. */
  site: string;
}

export interface DraftReport {
  /** The exact text analysed: the content script draws a report only on the text it was made for. */
  text: string;
  report: Report;
  fieldKind: FieldKind;
  site: string;
  at: number;
}

/**
 * What `analyzeDraft` gives when a newer draft of the same field arrived before this one was
 * analysed: the worker analyses only the latest, and the sender can ignore this answer.
 */
export interface SupersededDraft {
  superseded: true;
}

export function isSuperseded(outcome: DraftReport | SupersededDraft): outcome is SupersededDraft {
  return (outcome as Partial<SupersededDraft>).superseded === true;
}

/**
 * Text a content script can give for a page whose editor live coaching cannot read directly
 * (Google Docs): the answer at the caret through Docs' hook, or the user's selection when the
 * hook gives nothing.
 */
export interface DocumentText {
  text: string;
  fieldKind: FieldKind;
  source: 'hook' | 'selection';
}

/** The one typed protocol between every extension context. */
export interface ProtocolMap {
  /**
   * content → background: analyse a draft, remember it as the tab's current draft, return the report.
   * For a content script the site is the sender's origin, whatever `draft.site` says.
   */
  analyzeDraft(draft: Draft): DraftReport | SupersededDraft;
  /** popup/side panel → background: the current draft of a tab. */
  getTabReport(data: { tabId: number }): DraftReport | null;
  /** any page → background: analyse text without remembering it (practice page, selection panel). */
  analyzeText(data: { text: string; options?: AnalyzeOptions }): Report;
  /** background → content: show the report for a selection in an on-page panel. */
  showSelectionReport(data: { text: string; report: Report }): boolean;
  /** popup/side panel/background → content (top frame of a Google Docs tab): the document's text, or null. */
  getDocumentText(): DocumentText | null;
  /**
   * background → content: the text selected on the page, '' when none (keyboard shortcut, popup).
   * With `notifyIfEmpty`, the page also tells the user to select something first.
   */
  getSelectionText(data: { notifyIfEmpty: boolean }): string;
  /** popup → content (top frame): the page's origin and whether live checking runs on it. */
  getPageInfo(): { origin: string; liveEnabled: boolean };
  /** popup/side panel → content: scroll to a finding of the current draft and open its card (see `findingKey`). */
  revealFinding(data: { key: string }): boolean;
  /**
   * content → background: remember (`dismissed: true`) or forget a dismissed finding's hash for a
   * site. The worker writes it, so a dismissal is kept even when the tab closes right after.
   */
  updateDismissal(data: { site: string; hash: string; dismissed: boolean }): void;
  /**
   * content → background: the dismissal hashes kept for a site (a content script: only its own).
   * `storage.local` is closed to content scripts, so they read through the worker.
   */
  getDismissals(data: { site: string }): string[];
  /** content → background: this install's salt for dismissal hashes (`content/finding-key.ts`). */
  getDismissalSalt(): string;
  /** popup → background: check the tab's selection as the keyboard shortcut does (a content script: only its own tab). */
  checkSelection(data: { tabId: number }): SelectionCheckOutcome;
}

/** Where a selection check ended up: a panel on the page, an extension page, or nothing selected. */
export type SelectionCheckOutcome = 'panel' | 'page' | 'empty';

/**
 * A finding's identity within one report: kind and span (`-` for findings about something missing).
 * The same format as the live coach's `content/finding-key.ts`, which `Coach.reveal` takes.
 */
export function findingKey(finding: Pick<Finding, 'id' | 'start' | 'end'> & Partial<Finding>): string {
  return `${finding.id}@${finding.start ?? '-'}-${finding.end ?? '-'}`;
}

/**
 * @webext-core/messaging answers a tab message through a callback that never reads
 * `chrome.runtime.lastError`, so asking a tab with no content script (a browser page, the popup's
 * own tab) logs "Unchecked runtime.lastError" although the caller handles the failure. Read it.
 */
function readLastErrorOfTabMessages(): void {
  const c = (globalThis as { chrome?: { runtime?: { lastError?: unknown }; tabs?: { sendMessage?: (...args: unknown[]) => unknown } } }).chrome;
  const tabs = c?.tabs;
  if (!tabs?.sendMessage || (tabs.sendMessage as { __starCoach?: boolean }).__starCoach) return;
  const original = tabs.sendMessage.bind(tabs);
  const patched = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (response: unknown) => {
        void c?.runtime?.lastError;
        (last as (r: unknown) => void)(response);
      };
    }
    return original(...args);
  };
  (patched as { __starCoach?: boolean }).__starCoach = true;
  tabs.sendMessage = patched;
}

readLastErrorOfTabMessages();

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

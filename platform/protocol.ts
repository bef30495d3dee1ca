import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalyzeOptions, Finding, Report } from '../lib/types';
import type { ProfileId } from '../lib/questions/ids';

/** What kind of field a draft came from; the background uses it only for the popup's label. */
export type FieldKind = 'textarea' | 'contenteditable' | 'google-docs' | 'selection' | 'practice';

const FIELD_KINDS: ReadonlySet<string> = new Set<FieldKind>(['textarea', 'contenteditable', 'google-docs', 'selection', 'practice']);

/**
 * A draft as our own scripts send it: a message is only as trustworthy as the context that sent
 * it, and a field kind outside the known ones would give a tab a queue slot per made-up field.
 */
export function isDraft(data: unknown): data is Draft {
  if (typeof data !== 'object' || data === null) return false;
  const draft = data as Partial<Draft>;
  return typeof draft.text === 'string' && typeof draft.fieldKind === 'string' && FIELD_KINDS.has(draft.fieldKind);
}

export interface Draft {
  text: string;
  fieldKind: FieldKind;
  /** The page's origin; never the full URL. */
  site: string;
  /** The question the page asks for this field, and the field's key (`content/live/field-question.ts`). */
  question?: PageQuestion;
}

/**
 * What the page says about a field: the question it asks (its label, the heading above it), and a
 * key naming the field on its site (its id, name or label, never its text). The worker matches the
 * question to a profile and looks up the user's choice for the key.
 */
export interface PageQuestion {
  text: string | null;
  key: string;
}

/** A question profile as a picker lists it. */
export interface QuestionOption {
  id: ProfileId;
  title: string;
  group: 'amazon' | 'common';
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

/** Where a selection check ended up: a panel on the page, an extension page, or nothing selected. */
export type SelectionCheckOutcome = 'panel' | 'page' | 'empty';

/** Messages to the background worker, from content scripts and extension pages. */
export interface WorkerProtocol {
  /**
   * content → worker: analyse a draft, remember it as the tab's current draft, return the report.
   * For a content script the site is the sender's origin, whatever `draft.site` says.
   */
  analyzeDraft(draft: Draft): DraftReport | SupersededDraft;
  /** popup/side panel → worker: the current draft of a tab. */
  getTabReport(data: { tabId: number }): DraftReport | null;
  /** any page → worker: analyse text without remembering it (practice page, selection panel). */
  analyzeText(data: { text: string; options?: AnalyzeOptions }): Report;
  /**
   * content → worker: remember (`dismissed: true`) or forget a dismissed finding's hash for a
   * site. The worker writes it, so a dismissal is kept even when the tab closes right after.
   */
  updateDismissal(data: { site: string; hash: string; dismissed: boolean }): void;
  /**
   * content → worker: the dismissal hashes kept for a site (a content script: only its own).
   * `storage.local` is closed to content scripts, so they read through the worker.
   */
  getDismissals(data: { site: string }): string[];
  /**
   * content/options → worker: stop flagging (`muted: true`) or flag again a finding kind on a site.
   * For a content script the site is the sender's origin, whatever `site` says.
   */
  setKindMuted(data: { site: string; kind: string; muted: boolean }): void;
  /**
   * content → worker: coach the field named `key` on the sender's site for question `id` from now on
   * (`null`: detect the question again). Kept per site and field; a content script only for its own site.
   */
  chooseQuestion(data: { key: string; id: ProfileId | null }): void;
  /** any STAR Coach context → worker: the question profiles, for a picker. */
  listQuestions(): QuestionOption[];
  /** content → worker: this install's salt for dismissal hashes (`content/live/dismissal-hash.ts`). */
  getDismissalSalt(): string;
  /** popup → worker: check the tab's selection as the keyboard shortcut does (a content script: only its own tab). */
  checkSelection(data: { tabId: number }): SelectionCheckOutcome;
}

/** Messages to a tab's content scripts, from the worker, the popup and the side panel. */
export interface TabProtocol {
  /** worker → content: show the report for a selection in an on-page panel. */
  showSelectionReport(data: { text: string; report: Report }): boolean;
  /** popup/side panel/worker → content (top frame of a Google Docs tab): the document's text, or null. */
  getDocumentText(): DocumentText | null;
  /**
   * worker → content: the text selected on the page, '' when none (keyboard shortcut, popup).
   * With `notifyIfEmpty`, the page also tells the user to select something first.
   */
  getSelectionText(data: { notifyIfEmpty: boolean }): string;
  /** popup → content (top frame): the page's origin and whether live checking runs on it. */
  getPageInfo(): { origin: string; liveEnabled: boolean };
  /** popup/side panel → content: scroll to a finding of the current draft and open its card (see `findingKey`). */
  revealFinding(data: { key: string }): boolean;
}

/**
 * A finding's identity within one report: kind and span (`-` for findings about something missing).
 * The popup names a finding this way in `revealFinding`; live coaching keys its findings the same way.
 */
export function findingKey(finding: Pick<Finding, 'id' | 'start' | 'end'> & Partial<Finding>): string {
  return `${finding.id}@${finding.start ?? '-'}-${finding.end ?? '-'}`;
}

/** Ask the background worker; `onWorkerMessage` answers there. */
export const { sendMessage: sendToWorker, onMessage: onWorkerMessage } = defineExtensionMessaging<WorkerProtocol>();

/** Ask a tab (pass `{ tabId, frameId }`); `onTabMessage` answers in its content scripts. */
export const { sendMessage: sendToTab, onMessage: onTabMessage } = defineExtensionMessaging<TabProtocol>();

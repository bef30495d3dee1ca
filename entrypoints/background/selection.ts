import { browser } from 'wxt/browser';
import { analyze } from '../../lib/analyze';
import { sendToTab, type SelectionCheckOutcome } from '../../platform/protocol';
import { loadSettings } from '../../platform/settings';
import { selectionReportItem } from '../../platform/selection-report';

export const MENU_CHECK_SELECTION = 'star-coach-check-selection';
export const COMMAND_CHECK_SELECTION = 'check-selection';

interface TabLike {
  id?: number;
  index?: number;
  windowId?: number;
}

/**
 * Check selected text and show its report: in a panel on the page when the page's content script
 * answers (its top frame hosts the panel), otherwise (browser pages, the PDF viewer, pages that
 * block extensions) in the extension's report page, the text handed over in storage.session.
 */
export async function checkSelectedText(text: string, tab: TabLike | undefined): Promise<SelectionCheckOutcome> {
  if (!text.trim()) return 'empty';
  const report = analyze(text, await loadSettings());
  if (tab?.id !== undefined) {
    const shown = await sendToTab('showSelectionReport', { text, report }, { tabId: tab.id, frameId: 0 }).catch(() => false);
    if (shown) return 'panel';
  }
  // Kept in memory for the report page: only the text that was analysed, however much was selected.
  const analysed = report.truncated ? text.slice(0, report.truncated.analysedLength) : text;
  await selectionReportItem.setValue({ text: analysed, report, at: Date.now() });
  await browser.tabs.create({
    url: browser.runtime.getURL('/report.html'),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
  });
  return 'page';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The context menu's `selectionText` has its line breaks folded into spaces; the page's own
 * selection keeps the paragraphs. Use the page's when it is the same text.
 */
export async function selectionWithParagraphs(selectionText: string, tabId: number | undefined, frameId = 0): Promise<string> {
  if (tabId === undefined) return selectionText;
  const fromPage = await sendToTab('getSelectionText', { notifyIfEmpty: false }, { tabId, frameId }).catch(() => null);
  return fromPage && squash(fromPage) === squash(selectionText) ? fromPage : selectionText;
}

/** The keyboard shortcut and the popup: ask the page what is selected, then check it. */
export async function checkTabSelection(tab: TabLike | undefined): Promise<SelectionCheckOutcome> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return 'empty';
  const frame = { tabId: target.id, frameId: 0 };
  let text = await sendToTab('getSelectionText', { notifyIfEmpty: false }, frame).catch(() => null);
  if (text === '') {
    // Google Docs paints its own text: with nothing selected, check the answer the caret is in.
    const doc = await sendToTab('getDocumentText', undefined, frame).catch(() => null);
    text = doc?.text ?? (await sendToTab('getSelectionText', { notifyIfEmpty: true }, frame).catch(() => ''));
  }
  if (text === null) {
    // No content script here: nothing can be read, so say how to check text on such a page.
    await selectionReportItem.setValue(null);
    await browser.tabs.create({ url: browser.runtime.getURL('/report.html?unreadable=1') });
    return 'page';
  }
  return checkSelectedText(text, target);
}

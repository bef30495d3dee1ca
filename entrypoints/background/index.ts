import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { analyze } from '../../lib/analyze';
import { onWorkerMessage } from '../../platform/protocol';
import { readLastErrorOfTabMessages } from '../../platform/tab-messages';
import { forgetTabReport, loadTabReport, saveTabReport } from '../../platform/tab-reports';
import { loadSettings } from '../../platform/settings';
import { dismissals } from '../../platform/dismissals';
import {
  checkSelectedText,
  checkTabSelection,
  COMMAND_CHECK_SELECTION,
  MENU_CHECK_SELECTION,
  selectionWithParagraphs,
} from './selection';

/** Only this extension's own pages and content scripts may ask anything of the worker. */
function fromThisExtension(sender: { id?: string } | undefined): boolean {
  return sender?.id === browser.runtime.id;
}

/**
 * Only this extension's own pages (popup, side panel, options, practice), never a content script:
 * a tab's draft must not be readable from inside any web page, even through a subverted content script.
 */
function fromExtensionPage(sender: { id?: string; url?: string; tab?: unknown } | undefined): boolean {
  return fromThisExtension(sender) && !!sender?.url?.startsWith(browser.runtime.getURL('/'));
}

export default defineBackground(() => {
  readLastErrorOfTabMessages();
  // Every listener registered synchronously at the top level, as MV3 requires.
  onWorkerMessage('analyzeDraft', async ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    const report = analyze(data.text, await loadSettings());
    const result = { text: data.text, report, fieldKind: data.fieldKind, site: data.site, at: Date.now() };
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await saveTabReport(tabId, result);
    return result;
  });

  onWorkerMessage('getTabReport', ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    if (!fromExtensionPage(sender)) throw new Error('Refused: only STAR Coach pages read a tab\'s draft');
    return loadTabReport(data.tabId);
  });

  onWorkerMessage('analyzeText', ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    return analyze(data.text, data.options);
  });

  // Dismissals are written here, one at a time: a tab may close right after its user dismisses a
  // finding (a content script's read-modify-write would be cut off), and two tabs of one site must
  // not overwrite each other's. A content script may only write for its own site.
  let dismissalWrites: Promise<unknown> = Promise.resolve();
  onWorkerMessage('updateDismissal', ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    const origin = (sender as { origin?: string }).origin;
    if (origin && origin !== 'null' && !fromExtensionPage(sender) && origin !== data.site) {
      throw new Error('Refused: a page may only keep dismissals for its own site');
    }
    const write = () => (data.dismissed ? dismissals.add(data.site, data.hash) : dismissals.remove(data.site, data.hash));
    const done = dismissalWrites.then(write, write);
    dismissalWrites = done.catch(() => {});
    return done;
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTabReport(tabId));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: a page that explains the underlines and lets the user try them (no network).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.create({
      id: MENU_CHECK_SELECTION,
      title: 'Check STAR answer',
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_CHECK_SELECTION || !info.selectionText) return;
    const selectionText = info.selectionText;
    void selectionWithParagraphs(selectionText, tab?.id, info.frameId).then((text) => checkSelectedText(text, tab));
  });

  // The same check from the keyboard (Google Docs draws its own context menu) and from the popup.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_CHECK_SELECTION) void checkTabSelection(tab);
  });

  onWorkerMessage('checkSelection', async ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    return checkTabSelection(await browser.tabs.get(data.tabId));
  });
});

import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { analyze } from '../../lib/analyze';
import { isDraft, onWorkerMessage, type DraftReport } from '../../platform/protocol';
import { readLastErrorOfTabMessages } from '../../platform/tab-messages';
import { mutedKindsOf, withKindMuted, type Settings } from '../../lib/settings';
import { forgetIfDocumentGone, forgetTabReport, loadTabReport, saveTabReport } from '../../platform/tab-reports';
import { loadSettings, saveSettings } from '../../platform/settings';
import { dismissals, dismissalSalt } from '../../platform/dismissals';
import { questionChoiceStore, questionOptions } from '../../platform/question-choices';
import { isProfileId, QUESTION_PROFILES } from '../../lib/questions/profiles';
import { matchQuestion } from '../../lib/questions/match';
import { contextMenus, injectContentChunksOnRequest, onTabDocumentChange } from '../../platform/browser-differences';
import { FairScheduler, SUPERSEDED } from './scheduler';
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

interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

/** A content script (a tab's page), as opposed to one of the extension's own pages. */
function fromContentScript(sender: Sender | undefined): sender is Sender & { tab: { id: number } } {
  return fromThisExtension(sender) && !fromExtensionPage(sender) && sender?.tab?.id !== undefined;
}

/**
 * The site a content script writes for: its own origin, as the browser reports it (never what the
 * message says). An `about:blank` frame reports its parent's origin; a sandboxed frame "null".
 */
function senderSite(sender: Sender): string | undefined {
  if (sender.origin && sender.origin !== 'null') return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a document still lives in a tab: the start-up content script of every page answers
 * `getSelectionText` (in @webext-core/messaging's wire format, `content/answer.ts`); a document that
 * is gone cannot be messaged.
 */
async function documentAnswers(tabId: number, documentId: string): Promise<boolean> {
  const message = { type: 'getSelectionText', data: { notifyIfEmpty: false }, timestamp: Date.now(), id: 0 };
  const send = browser.tabs.sendMessage as (tabId: number, message: unknown, options: { documentId: string }) => Promise<unknown>;
  return send(tabId, message, { documentId }).then(
    (answer) => answer !== undefined,
    () => false,
  );
}

export default defineBackground(() => {
  readLastErrorOfTabMessages();
  injectContentChunksOnRequest();
  // Every listener registered synchronously at the top level, as MV3 requires.

  // `storage.local` holds practice drafts, score history and dismissals: closed to content scripts,
  // which read what they need through the messages below. (Chrome 102+; Firefox lacks the call.)
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel === 'function') {
    void local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
  }

  // One analysis at a time, tabs taking turns, only the latest draft of each field (scheduler.ts).
  const scheduler = new FairScheduler();
  const testLog = import.meta.env.STAR_COACH_TEST_BUILD ? analysisLog() : null;
  /** Queue an analysis in its tab's turn (logged in test builds: asked, started, ended). */
  const submit = async <T>(tab: number, field: string, length: number, run: () => T | Promise<T>) => {
    const entry = testLog?.request(tab, field, length, scheduler.queuedByTab());
    const outcome = await scheduler.submit(tab, field, async () => {
      if (entry) entry.started = performance.now();
      try {
        return await run();
      } finally {
        if (entry) entry.ended = performance.now();
      }
    });
    if (entry) entry.answered = outcome === SUPERSEDED ? 'superseded' : 'report';
    return outcome;
  };
  // The settings, read in the draft's own turn (a draft waits for no storage call before it). Read
  // from storage, not from this worker's own change events: a tab re-analyses when it hears a
  // change, and this worker may hear the same change later (two quick changes in the options page
  // left the tab on the first one).
  let last: Settings | undefined;
  const settings = async () => {
    try {
      last = await loadSettings();
    } catch (error) {
      if (!last) throw error;
    }
    return last;
  };
  // The question picked for a field, per site and field key; read once, then kept in memory.
  const questionChoices = questionChoiceStore();
  let extensionPageRequests = 0;

  onWorkerMessage('analyzeDraft', async ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    const from = sender as Sender;
    if (!isDraft(data)) throw new Error('Refused: not a draft');
    const contentScript = fromContentScript(from);
    const site = contentScript ? senderSite(from) : data.site;
    if (site === undefined) throw new Error('Refused: the sender has no origin');
    const tabId = from.tab?.id;
    // A field is known to the worker by its frame and kind (the draft carries no field id).
    const queue = tabId ?? -1;
    const field = tabId === undefined ? `page:${++extensionPageRequests}` : `${from.frameId ?? 0}:${data.fieldKind}`;
    // The question: the user's pick for this field, else the page's question when it matches a profile, else the settings'.
    const pick = data.question?.key ? await questionChoices.get(site, data.question.key).catch(() => null) : null;
    let muted: readonly string[] = [];
    const analysed = await submit(queue, field, data.text.length, async () => {
      const now = await settings();
      muted = mutedKindsOf(now, site);
      return analyze(data.text, { ...now, ...questionOptions(pick, data.question?.text, now.question, matchQuestion) });
    });
    if (analysed === SUPERSEDED) return { superseded: true as const };
    // The kinds the user stopped flagging on this site are left out of its reports.
    const outcome = muted.length === 0 ? analysed : { ...analysed, findings: analysed.findings.filter((f) => !muted.includes(f.id)) };
    const result: DraftReport = { text: data.text, report: outcome, fieldKind: data.fieldKind, site, at: Date.now() };
    if (tabId !== undefined) {
      // Kept: only the text that was analysed; the sender gets back the text it sent. The sender
      // does not wait for storage: while other tabs keep the worker busy, every storage call
      // waits for an analysis to finish.
      const analysed = outcome.truncated ? data.text.slice(0, outcome.truncated.analysedLength) : data.text;
      void saveTabReport(tabId, { ...result, text: analysed }, from.documentId).then((saved) => {
        if (!saved.stored) console.warn('[STAR Coach] could not keep the tab\'s report:', saved.problem.message);
      });
    }
    return result;
  });

  onWorkerMessage('getTabReport', ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    if (!fromExtensionPage(sender)) throw new Error('Refused: only STAR Coach pages read a tab\'s draft');
    return loadTabReport(data.tabId);
  });

  onWorkerMessage('analyzeText', async ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    // In turn with the drafts; never superseded (every request has its own key).
    const tabId = (sender as Sender).tab?.id ?? -1;
    if (typeof data?.text !== 'string') throw new Error('Refused: no text to analyse');
    const outcome = await submit(tabId, `text:${++extensionPageRequests}`, data.text.length, () => analyze(data.text, data.options));
    if (outcome === SUPERSEDED) throw new Error('superseded'); // unreachable: keys are unique
    return outcome;
  });

  // Dismissals are written here, one at a time: a tab may close right after its user dismisses a
  // finding (a content script's read-modify-write would be cut off), and two tabs of one site must
  // not overwrite each other's. A content script may only write for its own site.
  let dismissalWrites: Promise<unknown> = Promise.resolve();
  const refuseOtherSite = (sender: Sender, site: string) => {
    if (fromExtensionPage(sender)) return;
    const own = senderSite(sender);
    if (own === undefined || own !== site) throw new Error('Refused: a page may only use dismissals of its own site');
  };

  onWorkerMessage('updateDismissal', ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    refuseOtherSite(sender as Sender, data.site);
    const write = () => (data.dismissed ? dismissals.add(data.site, data.hash) : dismissals.remove(data.site, data.hash));
    const done = dismissalWrites.then(write, write);
    dismissalWrites = done.catch(() => {});
    return done;
  });

  onWorkerMessage('getDismissals', async ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    refuseOtherSite(sender as Sender, data.site);
    await dismissalWrites; // a reload right after Dismiss sees it
    return [...(await dismissals.load(data.site))];
  });

  // "Stop flagging this kind here", and flagging it again from the options page. Written here, so
  // the next analysis of the site already honours it (the worker's settings are updated first).
  let settingsWrites: Promise<unknown> = Promise.resolve();
  onWorkerMessage('setKindMuted', ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    const from = sender as Sender;
    const site = fromContentScript(from) ? senderSite(from) : fromExtensionPage(from) ? data.site : undefined;
    if (site === undefined || typeof data.kind !== 'string') throw new Error('Refused: no site');
    const write = async () => {
      const next = withKindMuted(await loadSettings(), site, data.kind, data.muted);
      last = next;
      await saveSettings({ mutedKinds: next.mutedKinds });
    };
    const done = settingsWrites.then(write, write);
    settingsWrites = done.catch(() => {});
    return done;
  });

  onWorkerMessage('chooseQuestion', ({ data, sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    // Always for the sender's own site, whatever page asks.
    const site = senderSite(sender as Sender);
    if (site === undefined) throw new Error('Refused: the sender has no origin');
    if (typeof data.key !== 'string' || data.key.length === 0 || data.key.length > 200) throw new Error('Refused: not a field key');
    return questionChoices.set(site, data.key, data.id !== null && isProfileId(data.id) ? data.id : null);
  });

  onWorkerMessage('listQuestions', ({ sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    return QUESTION_PROFILES.map(({ id, title, group }) => ({ id, title, group }));
  });

  onWorkerMessage('getDismissalSalt', ({ sender }) => {
    if (!fromThisExtension(sender)) throw new Error('Refused: not from STAR Coach');
    return dismissalSalt();
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTabReport(tabId));

  // A tab's draft goes with the document it was written in: once the tab has loaded another page
  // (another site, or the same one again), the draft is forgotten. Same-document navigations
  // (history.pushState, #fragments) keep it. The worker cannot see URLs (no `tabs` permission):
  // it asks the tab whether the draft's document still answers (Firefox: see onTabDocumentChange).
  onTabDocumentChange(
    (tabId) => void forgetIfDocumentGone(tabId, (documentId) => documentAnswers(tabId, documentId)).catch(() => {}),
    (tabId) => void forgetTabReport(tabId),
  );

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: a page that explains the underlines and lets the user try them (no network).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    contextMenus().create({
      id: MENU_CHECK_SELECTION,
      title: 'Check STAR answer',
      contexts: ['selection'],
    });
  });

  contextMenus().onClicked.addListener((info, tab) => {
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
    const from = sender as Sender;
    // A content script checks its own tab's selection, whatever tab id it names.
    if (fromContentScript(from)) return checkTabSelection(await browser.tabs.get(from.tab.id));
    if (!fromExtensionPage(from)) throw new Error('Refused: not from a STAR Coach page or content script');
    return checkTabSelection(await browser.tabs.get(data.tabId));
  });
});

/** One draft the worker was asked to analyse, as the test build logs it. */
interface LoggedAnalysis {
  tab: number;
  field: string;
  length: number;
  /** When it was asked for, and the drafts of each tab already waiting then (not the one running). */
  requested: number;
  waiting: Record<number, number>;
  started?: number;
  ended?: number;
  answered?: 'report' | 'superseded';
}

/**
 * Test builds only (STAR_COACH_TEST_BUILD=1): every analysis asked of the worker, with when it was
 * asked, started and ended, on `globalThis.__starCoachAnalyses` in the worker, where the end-to-end
 * tests read it (that a page's own script starts none; that one tab delays another's report by at
 * most one analysis). The production build has none of it (tests/e2e/manifest.e2e.ts).
 */
function analysisLog() {
  const log: LoggedAnalysis[] = [];
  (globalThis as unknown as { __starCoachAnalyses: LoggedAnalysis[] }).__starCoachAnalyses = log;
  return {
    request(tab: number, field: string, length: number, waiting: Record<number, number>): LoggedAnalysis {
      const entry: LoggedAnalysis = { tab, field, length, requested: performance.now(), waiting };
      log.push(entry);
      return entry;
    },
  };
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { findingKey, sendToTab, sendToWorker, type DraftReport, type SelectionCheckOutcome } from '../platform/protocol';
import { FOCUSES, LEVELS, type Finding, type Focus, type Level } from '../lib/types';
import type { Settings } from '../lib/settings';
import { Scorecard } from '../components/Scorecard';
import { getProfile } from '../lib/questions/profiles';
import { FOCUS_LABELS, LEVEL_LABELS } from '../components/labels';
import { loadSettings, saveSettings, setSiteEnabled, watchSettings } from '../platform/settings';
import { loadTabReport, loadTabReportProblem, watchTabReport, watchTabReportProblem, type TabReportProblem } from '../platform/tab-reports';
import { hasSiteAccess, openSidebar, requestSiteAccess } from '../platform/browser-differences';

type PageInfo = { origin: string; liveEnabled: boolean } | null;

/** `?tabId=` lets the page show a given tab's draft (tests); otherwise the active tab. */
function tabIdFromQuery(): number | undefined {
  const n = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

async function activeTabId(): Promise<number | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

const SELECTION_MESSAGES: Record<SelectionCheckOutcome, string> = {
  panel: 'The report is open on the page.',
  page: 'The report opened in a new tab.',
  empty: 'Select the text of an answer on the page first.',
};

/** The active tab's scorecard, page switch and common settings: the popup and the side panel. */
export function TabScorecard({ mode }: { mode: 'popup' | 'sidepanel' }) {
  const fixedTab = tabIdFromQuery();
  const [tabId, setTabId] = useState<number | undefined>(fixedTab);
  const [draft, setDraft] = useState<DraftReport | null | undefined>(undefined);
  const [page, setPage] = useState<PageInfo | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<TabReportProblem | null>(null);
  const [siteAccess, setSiteAccess] = useState(true);

  // Firefox lets the user withhold the sites the content script needs: say so, and offer to ask.
  useEffect(() => {
    void hasSiteAccess().then(setSiteAccess);
  }, []);

  // Which tab: fixed by the query, else the active one (the side panel follows tab switches).
  useEffect(() => {
    if (fixedTab !== undefined) return;
    void activeTabId().then(setTabId);
    if (mode !== 'sidepanel') return;
    const onActivated = () => void activeTabId().then(setTabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTab, mode]);

  // The tab's current draft, live: the background stores every analysis in storage.session.
  useEffect(() => {
    if (tabId === undefined) return;
    setDraft(undefined);
    let live = true;
    setProblem(null);
    void loadTabReport(tabId).then((d) => live && setDraft(d));
    void loadTabReportProblem(tabId).then((p) => live && setProblem(p));
    const stopDraft = watchTabReport(tabId, (d) => live && setDraft(d));
    const stopProblem = watchTabReportProblem(tabId, (p) => live && setProblem(p));
    const stop = () => {
      stopDraft();
      stopProblem();
    };
    const askPage = () =>
      void sendToTab('getPageInfo', undefined, { tabId, frameId: 0 }).then(
        (info) => live && setPage(info),
        () => live && setPage(null),
      );
    askPage();
    // The side panel stays open while the tab navigates: ask the new page again once it has loaded.
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') askPage();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      stop();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const origin = page?.origin ?? draft?.site;
  const siteOn = settings && origin ? !settings.disabledSites.includes(origin) : true;

  const reveal = useCallback(
    (finding: Finding) => {
      if (tabId === undefined) return;
      void sendToTab('revealFinding', { key: findingKey(finding) }, tabId).catch(() => {});
      if (mode === 'popup') window.close();
    },
    [tabId, mode],
  );

  const checkSelection = async () => {
    if (tabId === undefined) return;
    const outcome = await sendToWorker('checkSelection', { tabId }).catch((): SelectionCheckOutcome => 'empty');
    setNotice(SELECTION_MESSAGES[outcome]);
    if (outcome !== 'empty' && mode === 'popup') window.close();
  };

  const openPractice = () => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') });
  const openSettings = () => void browser.runtime.openOptionsPage();
  const openWelcome = () => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  const openSidePanel = async () => {
    if (tabId === undefined) return;
    try {
      await openSidebar(tabId);
      window.close();
    } catch {
      setNotice('The side panel is not available in this browser.');
    }
  };

  return (
    <main class={`app app-${mode}`}>
      <header class="app-head">
        <h1>
          <span class="logo" aria-hidden="true">★</span> STAR Coach
        </h1>
        {origin && settings ? (
          <label class="switch" title={`Live checking on ${origin}`}>
            <input
              type="checkbox"
              role="switch"
              name="site-enabled"
              checked={siteOn}
              onChange={async (e) => {
                const on = e.currentTarget.checked;
                setSettings(await setSiteEnabled(origin, on));
              }}
            />
            <span class="switch-track" aria-hidden="true" />
            <span class="switch-label">
              Live on <span class="site">{hostOf(origin)}</span>
            </span>
          </label>
        ) : null}
      </header>

      {origin && !siteOn ? (
        <p class="note" data-testid="site-off">
          Live checking is off on this site. Right-click a selection and choose “Check STAR answer” to check it anyway.
        </p>
      ) : null}

      {problem ? (
        <p class="note" role="status" data-testid="storage-problem">
          STAR Coach could not keep this tab’s latest report for this panel ({problem.message}). The underlines on the page
          still work; the report shows here again once it can be kept.
        </p>
      ) : null}
      {siteAccess ? null : (
        <section class="note" data-testid="site-access">
          <p>
            STAR Coach has no access to websites: the browser is withholding it, so nothing is checked as you type. Your
            text would still never leave this computer.
          </p>
          <button
            type="button"
            class="btn primary"
            onClick={() =>
              void requestSiteAccess().then(setSiteAccess, () => setNotice('The browser did not grant access to websites.'))
            }
          >
            Allow on all websites
          </button>
        </section>
      )}

      {draft === undefined ? null : draft ? (
        <>
          <p class="draft-meta">
            Current draft · {fieldLabel(draft.fieldKind)} · checked {timeAgo(draft.at)}
          </p>
          <Scorecard report={draft.report} text={draft.text} onReveal={reveal} idPrefix={mode}
            mustShow={draft.report.question ? getProfile(draft.report.question.id).mustShow : undefined} />
        </>
      ) : page === null ? (
        <section class="empty" data-testid="empty-state">
          <h2>STAR Coach can’t run on this page</h2>
          <p>Browser pages and some viewers don’t let extensions in. Select text and right-click “Check STAR answer”, or write on the practice page.</p>
        </section>
      ) : (
        <section class="empty" data-testid="empty-state">
          <h2>No answer on this page yet</h2>
          <p>
            Start writing your STAR answer in any text box on this page: its scorecard appears here as you type.
          </p>
          <p>Or select an answer’s text and check it, or practise on the practice page.</p>
        </section>
      )}

      <div class="actions">
        <button type="button" class="btn primary" onClick={() => void checkSelection()}>
          Check selection
        </button>
        <button type="button" class="btn" onClick={openPractice}>
          Practice page
        </button>
        {mode === 'popup' ? (
          <button type="button" class="btn" onClick={() => void openSidePanel()}>
            Side panel
          </button>
        ) : null}
      </div>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}

      {settings ? (
        <footer class="quick-settings">
          <label>
            Level
            <select
              name="level"
              value={settings.level}
              onChange={async (e) => setSettings(await saveSettings({ level: e.currentTarget.value as Level }))}
            >
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_LABELS[l]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Focus
            <select
              name="focus"
              value={settings.focus}
              onChange={async (e) => setSettings(await saveSettings({ focus: e.currentTarget.value as Focus }))}
            >
              {FOCUSES.map((f) => (
                <option key={f} value={f}>
                  {FOCUS_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="linkish" onClick={openSettings}>
            All settings
          </button>
          <button type="button" class="linkish" onClick={openWelcome}>
            Legend and keys
          </button>
        </footer>
      ) : null}
    </main>
  );
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

function fieldLabel(kind: DraftReport['fieldKind']): string {
  return { textarea: 'text box', contenteditable: 'editor', 'google-docs': 'Google Docs', selection: 'selection', practice: 'practice' }[kind];
}

function timeAgo(at: number): string {
  const s = Math.round((Date.now() - at) / 1000);
  return s < 5 ? 'just now' : s < 60 ? `${s} s ago` : `${Math.round(s / 60)} min ago`;
}

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type DraftReport } from '../../lib/messaging';
import { Scorecard } from '../../components/Scorecard';

function Popup() {
  const [draft, setDraft] = useState<DraftReport | null | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      // `?tabId=` lets the same page show another tab's draft (the side panel, and tests).
      const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
      const tabId = Number.isInteger(fromQuery) && fromQuery > 0
        ? fromQuery
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      setDraft(tabId === undefined ? null : await sendMessage('getTabReport', { tabId }));
    })();
  }, []);
  return (
    <main>
      <h1>STAR Coach</h1>
      {draft === undefined ? null : draft ? (
        <Scorecard report={draft.report} />
      ) : (
        <p class="empty">Start writing an answer in any text box on this page and its scorecard appears here.</p>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);

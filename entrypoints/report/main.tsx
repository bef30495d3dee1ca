import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Scorecard } from '../../components/Scorecard';
import { selectionReportItem, type SelectionReport } from '../../platform/selection-report';
import '../../components/scorecard.css';
import '../../pages/page.css';

/** The report for a selection the page itself could not show (browser pages, the PDF viewer). */
function ReportPage() {
  const [data, setData] = useState<SelectionReport | null | undefined>(undefined);
  useEffect(() => {
    void selectionReportItem.getValue().then(setData);
  }, []);
  const unreadable = new URLSearchParams(location.search).has('unreadable');
  const practice = () => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') });
  return (
    <main class="page narrow">
      <header class="page-head">
        <h1>
          <span class="logo" aria-hidden="true">★</span> STAR check of your selection
        </h1>
      </header>
      {data === undefined ? null : data ? (
        <>
          <blockquote class="selection" data-testid="selection-text" tabIndex={0} aria-label="The selected text">
            {data.text}
          </blockquote>
          <Scorecard report={data.report} text={data.text} openWeakest idPrefix="report" />
        </>
      ) : (
        <section class="empty" data-testid="empty-state">
          <h2>{unreadable ? 'STAR Coach can’t read this page' : 'Nothing to show'}</h2>
          <p>
            {unreadable
              ? 'Browser pages and some viewers don’t let extensions read what you selected. Right-click the selection and choose “Check STAR answer”, or paste the text into the practice page.'
              : 'Select an answer on any page, right-click it and choose “Check STAR answer”.'}
          </p>
          <button type="button" class="btn primary" onClick={practice}>
            Open the practice page
          </button>
        </section>
      )}
    </main>
  );
}

render(<ReportPage />, document.getElementById('app')!);

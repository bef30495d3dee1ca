import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { startCoach } from '../../content/live/coach';
import { sendToWorker, type DraftReport } from '../../platform/protocol';
import { loadSettings } from '../../platform/settings';
import { DIMENSIONS } from '../../lib/types';
import { DIMENSION_LABELS } from '../../components/labels';
import { DIMENSION_COLOURS, DIMENSION_UNDERLINES, underlineCss } from '../../components/palette';
import { DimensionMark } from '../../components/Legend';
import '../../components/scorecard.css';
import '../../pages/page.css';
import './style.css';

/** A weak answer with something to find in every dimension. */
const SAMPLE_ANSWER =
  'Our payments service sent webhooks to partners. Last spring I noticed deliveries were dropping. ' +
  'We looked into it together and we deployed a retry fix. The team was happy and the manager said it was a good job. ' +
  'I learned that communication is important.';

const WHAT_IT_MEANS = {
  ownership: 'Say “I” for what you did: “we” hides your part.',
  scope: 'Say the problem was outside your remit and nobody asked you.',
  quantification: 'Give the result as numbers: before → after, and what it was worth.',
  validation: 'Say how you confirmed the cause and checked the fix worked.',
  reflection: 'End with a specific, systemic lesson, not a generic one.',
  structure: 'Reach the problem within about 30 seconds, then act, then land the result.',
} satisfies Record<(typeof DIMENSIONS)[number], string>;

const KEYS: Array<[string, string]> = [
  ['Alt+Shift+. / Alt+Shift+,', 'next / previous finding in the field you are writing in (opens its card)'],
  ['Alt+Shift+Enter', 'apply the open card’s rewrite (Ctrl+Z undoes it)'],
  ['Alt+Shift+D', 'dismiss the open card’s finding on this site'],
  ['Alt+Shift+K', 'stop flagging the open card’s kind of finding on this site (settings turn it back on)'],
  ['Alt+Shift+L', 'open or close the list of every finding'],
  ['Esc', 'close whatever STAR Coach has open'],
  ['Alt+Shift+S', 'check the selected text as a STAR answer (change it at chrome://extensions/shortcuts)'],
];

function Welcome() {
  const field = useRef<HTMLTextAreaElement>(null);
  // The same live coaching as on web pages, analysing through the background worker.
  useEffect(() => {
    const controller = new AbortController();
    startCoach(
      document,
      {
        // This page is the extension's own: its scripts' events are ours.
        fromUser: () => true,
        analyze: async (d): Promise<DraftReport> => {
          const s = await loadSettings();
          const report = await sendToWorker('analyzeText', { text: d.text, options: { level: s.level, focus: s.focus, question: s.question } });
          return { text: d.text, report, fieldKind: 'practice', site: location.origin, at: Date.now() };
        },
      },
      controller.signal,
    );
    field.current?.focus();
    return () => controller.abort();
  }, []);
  const open = (path: '/practice.html') => void browser.tabs.create({ url: browser.runtime.getURL(path) });
  return (
    <main class="page narrow welcome">
      <h1>
        <span class="logo" aria-hidden="true">★</span> Welcome to STAR Coach
      </h1>
      <p class="lead">
        STAR Coach coaches your behavioural-interview answers (Situation, Task, Action, Result) while you write them, in
        any text box. It underlines what an interviewer would mark down and offers a stronger rewrite.
      </p>

      <section aria-labelledby="try">
        <h2 id="try">Try it on this weak answer</h2>
        <p class="help">
          Hover or click an underline for its card, or press Alt+Shift+. here. The badge in the box’s corner shows the score
          and the number of findings: click it for the list. Edit freely; nothing here is saved.
        </p>
        <label class="field-label" for="sample">Describe a time you caught a critical issue others had missed.</label>
        <textarea id="sample" ref={field} rows={7} defaultValue={SAMPLE_ANSWER} spellcheck={false} />
      </section>

      <section aria-labelledby="legend">
        <h2 id="legend">What the underlines mean</h2>
        <p class="help">Each of the six things an interviewer checks has its own colour, underline and letter, so you never have to tell colours apart.</p>
        <table class="legend-table" data-testid="legend">
          <thead>
            <tr>
              <th scope="col">Mark</th>
              <th scope="col">Dimension</th>
              <th scope="col">Underline</th>
              <th scope="col">What it asks of your answer</th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((d) => (
              <tr key={d} data-dimension={d}>
                <td><DimensionMark dimension={d} /></td>
                <th scope="row">{DIMENSION_LABELS[d]}</th>
                <td>
                  <span class="sample" style={underlineCss(d)} data-colour={DIMENSION_COLOURS[d]}>
                    {DIMENSION_UNDERLINES[d].name}
                  </span>
                </td>
                <td>{WHAT_IT_MEANS[d]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="keys">
        <h2 id="keys">Keyboard</h2>
        <table class="keys">
          <tbody>
            {KEYS.map(([k, what]) => (
              <tr key={k}>
                <th scope="row"><kbd>{k}</kbd></th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="help">The card never takes focus: keep typing while it is open.</p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">What stays on this computer</h2>
        <ul class="help">
          <li>Everything is analysed on this computer, in the extension. STAR Coach makes no network request: no server, no account, no analytics.</li>
          <li>Your writing is never stored, except drafts you write on the practice page, which stay on this computer.</li>
          <li>Dismissed findings are remembered per site as short hashes, never as text.</li>
          <li>Settings (level, focus, the sites where live checking is off) follow your browser profile.</li>
        </ul>
      </section>

      <div class="toolbar">
        <button type="button" class="btn primary" onClick={() => open('/practice.html')}>Open the practice page</button>
        <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
      </div>
    </main>
  );
}

render(<Welcome />, document.getElementById('app')!);

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { showSelectionPanel } from '../../../content/live/selection-panel';
import { selectedText } from '../../../content/startup/selection-text';
import { shadowOf } from '../closed-roots';
import { analyze } from '../../../lib/analyze';

const TEXT = '<b>We</b> figured out the root cause together & the team was happy.';

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelector('star-coach-selection-panel')?.remove();
});

describe('selection panel', () => {
  it('shows the report in a shadow root, the selection as text, and closes with Escape', () => {
    const report = analyze(TEXT);
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const panel = showSelectionPanel(document, { text: TEXT, report });
    const root = shadowOf(panel.host)!;
    expect(panel.host.isConnected).toBe(true);
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('star-coach-selection-title');
    expect(root.querySelector('[data-testid="selection-text"]')?.textContent).toBe(TEXT);
    expect(root.querySelector('b')).toBeNull(); // the user's text is never parsed as HTML
    expect(root.querySelector('[data-testid="overall-score"]')?.textContent).toBe(String(report.score));
    expect(root.querySelectorAll('li[data-dimension]')).toHaveLength(6);
    expect(document.body.contains(panel.host)).toBe(false); // outside body: page styles on body never reach it
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel.host.isConnected).toBe(false);
    expect(document.activeElement).toBe(before); // focus goes back where it was
  });

  it('replaces an open panel and closes with its button', () => {
    const first = showSelectionPanel(document, { text: 'We did it.', report: analyze('We did it.') });
    const second = showSelectionPanel(document, { text: TEXT, report: analyze(TEXT) });
    expect(first.host.isConnected).toBe(false);
    expect(document.querySelectorAll('star-coach-selection-panel')).toHaveLength(1);
    shadowOf(second.host)!.querySelector<HTMLButtonElement>('button[aria-label="Close STAR report"]')!.click();
    expect(second.host.isConnected).toBe(false);
  });

  it('reads the selection from the page or from inside a text field', () => {
    document.body.innerHTML = '<p id="p">Hello world</p><textarea id="t">abcdef</textarea>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(selectedText(document)).toBe('Hello world');
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.focus();
    t.setSelectionRange(1, 4);
    expect(selectedText(document)).toBe('bcd');
  });
});

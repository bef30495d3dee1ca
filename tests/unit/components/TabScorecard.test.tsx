// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabScorecard } from '../../../pages/TabScorecard';
import { analyze } from '../../../lib/analyze';
import { saveTabReport } from '../../../platform/tab-reports';
import { loadSettings } from '../../../platform/settings';

const TEXT = 'We figured out the root cause together.';
const SITE = 'https://jobs.example';

async function settle(ms = 20) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

describe('popup / side panel scorecard', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    history.replaceState(null, '', '/popup.html?tabId=7');
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });

  it('says when the tab\'s latest report could not be kept', async () => {
    const { storage } = await import('wxt/utils/storage');
    act(() => render(<TabScorecard mode="popup" />, root));
    await settle();
    expect(root.querySelector('[data-testid="storage-problem"]')).toBeNull();
    await storage.setItem('session:tab-report-problem:7', { message: 'QUOTA_BYTES quota exceeded', at: Date.now() });
    await settle();
    expect(root.querySelector('[data-testid="storage-problem"]')?.textContent).toContain('QUOTA_BYTES quota exceeded');
  });

  it('says what to do when the tab has no draft', async () => {
    act(() => render(<TabScorecard mode="popup" />, root));
    await settle();
    expect(root.querySelector('[data-testid="empty-state"]')?.textContent).toMatch(/can’t run on this page/); // no content script answers here
    expect(root.querySelector('[data-testid="overall-score"]')).toBeNull();
  });

  it('shows the tab\'s draft, follows it as it changes, and switches the site off', async () => {
    const report = analyze(TEXT);
    await saveTabReport(7, { text: TEXT, report, fieldKind: 'textarea', site: SITE, at: Date.now() });
    act(() => render(<TabScorecard mode="sidepanel" />, root));
    await settle();
    expect(root.querySelector('[data-testid="overall-score"]')?.textContent).toBe(String(report.score));
    expect(root.querySelectorAll('li[data-dimension]')).toHaveLength(6);

    const longer = `${TEXT} I was surprised.`;
    await saveTabReport(7, { text: longer, report: analyze(longer), fieldKind: 'textarea', site: SITE, at: Date.now() });
    await settle();
    expect(root.querySelector('.sc-stats')?.textContent).toContain(`Words${analyze(longer).stats.words}`);

    const toggle = root.querySelector<HTMLInputElement>('input[name="site-enabled"]')!;
    expect(toggle.checked).toBe(true);
    expect(root.querySelector('.switch')?.textContent).toContain('jobs.example');
    await act(async () => {
      toggle.click();
    });
    await settle();
    expect((await loadSettings()).disabledSites).toEqual([SITE]);
    expect(root.querySelector('[data-testid="site-off"]')).not.toBeNull();
  });
});

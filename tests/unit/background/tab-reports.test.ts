import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DraftReport } from '../../../platform/protocol';
import { analyze } from '../../../lib/analyze';
import {
  loadTabReport,
  loadTabReportProblem,
  saveTabReport,
  TAB_REPORTS_BUDGET,
  forgetTabReport,
} from '../../../platform/tab-reports';

const REPORT = analyze('We fixed it.');
const draft = (text: string): DraftReport => ({ text, report: REPORT, fieldKind: 'textarea', site: 'https://a.example', at: 0 });

describe('tab reports in storage.session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stay under the budget across tabs: the oldest tabs\' drafts go first', async () => {
    const big = 'x'.repeat(Math.floor(TAB_REPORTS_BUDGET / 4)); // four of them do not fit with anything else
    for (const tab of [1, 2, 3]) expect((await saveTabReport(tab, draft(big))).stored).toBe(true);
    await saveTabReport(1, draft(big)); // tab 1 written again: now the newest
    const outcome = await saveTabReport(4, draft(big));
    expect(outcome).toEqual({ stored: true, evicted: [2] });
    expect(await loadTabReport(2)).toBeNull();
    for (const tab of [1, 3, 4]) expect((await loadTabReport(tab))?.text).toBe(big);
    const all = await fakeBrowser.storage.session.get(null);
    expect(new TextEncoder().encode(JSON.stringify(all)).length).toBeLessThan(TAB_REPORTS_BUDGET);
  });

  it('surfaces a storage failure in place of the tab\'s draft, and clears it with the next draft kept', async () => {
    await saveTabReport(1, draft('an older draft'));
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    const failing = vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      if (JSON.stringify(items).includes('too much')) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const outcome = await saveTabReport(1, draft('too much'));
    expect(outcome.stored).toBe(false);
    expect(await loadTabReport(1)).toBeNull(); // not the older draft as if it were current
    expect((await loadTabReportProblem(1))?.message).toMatch(/quota/);
    failing.mockRestore();
    await saveTabReport(1, draft('fine again'));
    expect(await loadTabReportProblem(1)).toBeNull();
    await forgetTabReport(1);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'tab-report-index': [] });
  });
});

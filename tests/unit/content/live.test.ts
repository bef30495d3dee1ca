// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLive } from '../../../content/live/live';
import { claimDocument } from '../../../content/startup/claim';
import { analyze } from '../../../lib/analyze';
import type { Draft, DraftReport } from '../../../platform/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { showNotice, showSelectionPanel } from '../../../content/live/selection-panel';
import { shadowOf } from '../closed-roots';

const WEAK = 'We figured out the root cause together.';
const tick = (ms = 30) => new Promise((ok) => setTimeout(ok, ms));

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.documentElement.querySelectorAll('star-coach-mirror, star-coach-badge, star-coach-selection-panel').forEach((e) => e.remove());
});

/** Live coaching started the way the start-up script starts it: a field already has focus and text. */
function start(settings: Settings) {
  document.body.innerHTML = `<textarea id="t">${WEAK}</textarea>`;
  (document.getElementById('t') as HTMLTextAreaElement).focus();
  controller = new AbortController();
  claimDocument(document, controller.signal);
  const analyzeDraft = vi.fn(async (draft: Draft): Promise<DraftReport> => ({ ...draft, text: draft.text, report: analyze(draft.text), at: 0 }));
  const load = vi.fn(async () => settings);
  // The selection panel's file, as the entrypoint loads it: on first use, asynchronously.
  const selectionUi = vi.fn(async () => ({ showSelectionPanel, showNotice }));
  const live = startLive(document, { analyze: analyzeDraft, settings: { load, watch: () => () => {} }, fromUser: () => true, selectionUi }, controller.signal);
  return { live, analyzeDraft, load, selectionUi };
}

describe('startLive', () => {
  it('loads the settings before analysing the field that has focus, and analyses it', async () => {
    const { live, analyzeDraft, load } = start(DEFAULT_SETTINGS);
    await tick();
    expect(load).toHaveBeenCalledTimes(1);
    expect(analyzeDraft).toHaveBeenCalledTimes(1);
    expect(live.coach.current()?.text).toBe(WEAK);
    expect(await live.pageInfo()).toEqual({ origin: location.origin, liveEnabled: true });
  });

  it('analyses nothing on a site the settings switch off, even for a field focused before it started', async () => {
    const { live, analyzeDraft, load } = start({ ...DEFAULT_SETTINGS, disabledSites: [location.origin] });
    await tick();
    expect(load).toHaveBeenCalledTimes(1);
    expect(analyzeDraft).not.toHaveBeenCalled();
    expect(document.querySelector('star-coach-mirror')).toBeNull();
    expect(await live.pageInfo()).toEqual({ origin: location.origin, liveEnabled: false });
  });

  it('loads the selection panel when a selection report is first shown, and shows it in a panel, replacing the one open', async () => {
    const { live, selectionUi } = start(DEFAULT_SETTINGS);
    await tick();
    expect(selectionUi).not.toHaveBeenCalled();
    expect(live.showSelectionReport({ text: WEAK, report: analyze(WEAK) })).toBe(true);
    await vi.waitFor(() => expect(document.querySelectorAll('star-coach-selection-panel')).toHaveLength(1));
    expect(live.showSelectionReport({ text: WEAK, report: analyze(WEAK) })).toBe(true);
    // Two asked for while the code loads: the newer one is shown.
    expect(live.showSelectionReport({ text: 'We shipped it.', report: analyze('We shipped it.') })).toBe(true);
    await tick();
    const panels = document.querySelectorAll('star-coach-selection-panel');
    expect(panels).toHaveLength(1);
    expect(shadowOf(panels[0])?.querySelector('[data-testid="selection-text"]')?.textContent).toBe('We shipped it.');
    expect(selectionUi).toHaveBeenCalled();
    controller.abort();
    expect(document.querySelectorAll('star-coach-selection-panel')).toHaveLength(0);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLive } from '../../../content/live/live';
import { claimDocument } from '../../../content/startup/claim';
import { analyze } from '../../../lib/analyze';
import type { Draft, DraftReport } from '../../../platform/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

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
  const live = startLive(document, { analyze: analyzeDraft, settings: { load, watch: () => () => {} }, fromUser: () => true }, controller.signal);
  return { live, analyzeDraft, load };
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

  it('shows a selection report in a panel, replacing the one open', async () => {
    const { live } = start(DEFAULT_SETTINGS);
    expect(live.showSelectionReport({ text: WEAK, report: analyze(WEAK) })).toBe(true);
    expect(live.showSelectionReport({ text: WEAK, report: analyze(WEAK) })).toBe(true);
    expect(document.querySelectorAll('star-coach-selection-panel')).toHaveLength(1);
    controller.abort();
    expect(document.querySelectorAll('star-coach-selection-panel')).toHaveLength(0);
  });
});

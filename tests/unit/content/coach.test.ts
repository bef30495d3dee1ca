// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyze';
import type { Draft, DraftReport } from '../../../platform/protocol';
import type { Finding } from '../../../lib/types';
import { startCoach, type CoachDeps } from '../../../content/live/coach';
import { shadowOf } from '../closed-roots';

const WEAK = 'We figured out the root cause together.';
const MISSING: Finding = { id: 'no-result', dimension: 'quantification', severity: 'major', message: 'Say what changed, with a number.' };

function memoryDismissals() {
  const saved = new Map<string, Set<string>>();
  return {
    saved,
    load: async (site: string) => new Set(saved.get(site) ?? []),
    add: vi.fn(async (site: string, hash: string) => void saved.set(site, new Set([...(saved.get(site) ?? []), hash]))),
    remove: vi.fn(async (site: string, hash: string) => void saved.get(site)?.delete(hash)),
  };
}

/**
 * The real engine's we-action findings (the coach's tests should not move when other checks
 * change), plus a finding without a span; `hold` keeps answers back until released.
 */
function engine(extra: Partial<DraftReport['report']> = {}) {
  const held: Array<() => void> = [];
  let hold = false;
  const analyzeDraft = vi.fn(async (draft: Draft): Promise<DraftReport> => {
    const report = analyze(draft.text);
    const weActions = report.findings.filter((f) => f.id === 'we-action');
    const result = { text: draft.text, report: { ...report, findings: [...weActions, MISSING], ...extra }, fieldKind: draft.fieldKind, site: draft.site, at: 0 };
    if (hold) await new Promise<void>((ok) => held.push(ok));
    return result;
  });
  return {
    analyzeDraft,
    hold: () => (hold = true),
    /** Let the first `n` held answers through (all when absent). */
    release: (n?: number) => {
      if (n === undefined) hold = false;
      held.splice(0, n ?? held.length).forEach((ok) => ok());
    },
  };
}

const tick = (ms = 20) => new Promise((ok) => setTimeout(ok, ms));
const marks = () => [...(shadowOf(document.querySelector('star-coach-mirror'))?.querySelectorAll<HTMLElement>('.star-coach-mark') ?? [])];
const badge = () => document.querySelector<HTMLElement>('star-coach-badge');
/** The count the badge shows (inside its closed root: nothing of the report is on the host). */
const badgeCount = () => shadowOf(badge())?.querySelector('.count')?.textContent;

function type(field: HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

let controller: AbortController;
function setup(deps: Partial<CoachDeps> & Pick<CoachDeps, 'analyze'>) {
  document.body.innerHTML = '<textarea id="t"></textarea>';
  controller = new AbortController();
  const coach = startCoach(document, { debounceMs: 0, fromUser: () => true, ...deps }, controller.signal);
  return { coach, field: document.getElementById('t') as HTMLTextAreaElement };
}

afterEach(() => {
  controller?.abort();
  document.documentElement.querySelectorAll('star-coach-mirror, star-coach-badge, star-coach-card').forEach((e) => e.remove());
});

describe('startCoach', () => {
  it('underlines a textarea finding, counts the missing piece in the badge, and reports the current draft', async () => {
    const e = engine();
    const { coach, field } = setup({ analyze: e.analyzeDraft });
    type(field, WEAK);
    await tick();
    expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
    expect(badgeCount()).toBe('2');
    expect(coach.current()?.text).toBe(WEAK);
    expect(field.value).toBe(WEAK);
  });

  it('leaves the page nothing to read: closed roots, no data attributes on its hosts', async () => {
    const e = engine();
    const { field } = setup({ analyze: e.analyzeDraft });
    type(field, WEAK);
    await tick();
    expect(marks()).toHaveLength(1);
    for (const host of document.querySelectorAll<HTMLElement>('star-coach-mirror, star-coach-badge')) {
      expect(host.shadowRoot).toBeNull();
      expect(Object.keys(host.dataset)).toEqual([]);
    }
    expect(badgeCount()).toBe('2');
  });

  it("ignores what the page's own scripts make up: synthetic input starts nothing, and extends nothing", async () => {
    const e = engine();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    controller = new AbortController();
    // The default judge of events: happy-dom's events are all untrusted, as a page script's are.
    startCoach(document, { debounceMs: 0, analyze: e.analyzeDraft }, controller.signal);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    type(field, WEAK);
    await tick();
    expect(e.analyzeDraft).not.toHaveBeenCalled();
    expect(marks()).toEqual([]);
    expect(badge()).toBeNull();
  });

  it('prepares (loads the settings) when the first field is followed, not on start, and analyses only after', async () => {
    const e = engine();
    let finish: () => void = () => {};
    const prepare = vi.fn(() => new Promise<void>((ok) => (finish = ok)));
    const { coach, field } = setup({ analyze: e.analyzeDraft, prepare });
    await tick();
    expect(prepare).not.toHaveBeenCalled();
    type(field, WEAK);
    await tick();
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(e.analyzeDraft).not.toHaveBeenCalled();
    // The settings turn this site off: the waiting analysis never runs.
    coach.setEnabled(false);
    finish();
    await tick();
    expect(e.analyzeDraft).not.toHaveBeenCalled();
    coach.setEnabled(true);
    type(field, `${WEAK} `);
    await tick();
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(e.analyzeDraft).toHaveBeenCalledTimes(1);
    expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
  });

  it('started by the first focus or input in a field, it follows the field that has focus now', async () => {
    const e = engine();
    document.body.innerHTML = `<textarea id="t">${WEAK}</textarea>`;
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    controller = new AbortController();
    const coach = startCoach(document, { debounceMs: 0, fromUser: () => true, analyze: e.analyzeDraft }, controller.signal);
    await tick();
    expect(e.analyzeDraft).toHaveBeenCalledTimes(1);
    expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
    expect(coach.current()?.text).toBe(WEAK);
  });

  it('leaves a document another coach has claimed, unless told the caller claimed it', async () => {
    const e = engine();
    const { field } = setup({ analyze: e.analyzeDraft });
    const second = new AbortController();
    const other = startCoach(document, { debounceMs: 0, fromUser: () => true, analyze: e.analyzeDraft }, second.signal);
    type(field, WEAK);
    await tick();
    expect(e.analyzeDraft).toHaveBeenCalledTimes(1); // only the first coach analysed
    expect(other.current()).toBeNull();
    second.abort();
  });

  it('moves highlights with an edit until the next report, and never draws a report made for older text', async () => {
    const e = engine();
    const { field } = setup({ analyze: e.analyzeDraft });
    type(field, WEAK);
    await tick();
    e.hold();
    type(field, `Honestly, ${WEAK}`);
    // Shifted at once, before any new report.
    const mark = marks()[0]!;
    expect(mark.textContent).toBe('We figured out');
    expect(mark.previousSibling?.textContent).toBe('Honestly, ');
    await tick();
    // The report for "Honestly, …" is on its way; meanwhile the user changes the words.
    type(field, `Honestly, We traced the root cause together.`);
    expect(marks()).toEqual([]);
    await tick();
    // The report made for the previous text arrives first: it is not drawn on the new text.
    e.release(1);
    await tick();
    expect(marks()).toEqual([]);
    e.release();
    await tick();
    expect(e.analyzeDraft).toHaveBeenCalledTimes(3);
    expect(marks().map((m) => m.textContent)).toEqual(['We traced']);
    expect(marks()[0]!.previousSibling?.textContent).toBe('Honestly, ');
  });

  it('reveals a finding by key, dismisses it from its card (storing only a hash), and restores it from the list', async () => {
    const e = engine();
    const store = memoryDismissals();
    const { coach, field } = setup({ analyze: e.analyzeDraft, dismissals: store });
    type(field, WEAK);
    await tick();
    expect(coach.reveal('nope@1-2')).toBe(false);
    expect(coach.reveal('we-action@0-14')).toBe(true);
    const card = shadowOf(document.querySelector('star-coach-card'))!;
    expect(card.querySelector('.suggestion')?.textContent).toBe('I figured out the root cause.');
    card.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    await tick();
    expect(marks()).toEqual([]);
    expect(badgeCount()).toBe('1');
    const [site, hash] = store.add.mock.calls[0]!;
    expect(site).toBe(window.location.origin);
    expect(hash).not.toContain('figured');

    shadowOf(badge())!.querySelector<HTMLButtonElement>('button')!.click();
    const list = shadowOf(document.querySelector('star-coach-card'))!;
    expect(list.querySelectorAll('.findings li')).toHaveLength(1);
    list.querySelector<HTMLButtonElement>('.dismissed button.restore')!.click();
    await tick();
    expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
    expect(store.remove).toHaveBeenCalledWith(site, hash);
  });

  it('"Stop flagging this kind here" hides the kind at once, asks the worker to keep it, and Undo flags it again', async () => {
    const e = engine();
    const muteKind = vi.fn(async () => {});
    const { coach, field } = setup({ analyze: e.analyzeDraft, muteKind });
    type(field, WEAK);
    await tick();
    coach.reveal('we-action@0-14');
    const root = shadowOf(document.querySelector('star-coach-card'))!;
    root.querySelector<HTMLButtonElement>('button.mute')!.click();
    expect(marks()).toEqual([]); // at once, before the worker answers
    expect(badgeCount()).toBe('1');
    expect(muteKind).toHaveBeenCalledWith(window.location.origin, 'we-action', true);
    await tick();
    const calls = e.analyzeDraft.mock.calls.length;
    root.querySelector<HTMLButtonElement>('.toast button.undo')!.click();
    await tick();
    expect(muteKind).toHaveBeenLastCalledWith(window.location.origin, 'we-action', false);
    expect(e.analyzeDraft.mock.calls.length).toBeGreaterThan(calls); // analysed again: the worker's reports had left it out
    expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
  });

  it('a settings change while an analysis is in flight is analysed again: the older report does not stand for the new settings', async () => {
    const e = engine();
    const { coach, field } = setup({ analyze: e.analyzeDraft });
    type(field, WEAK);
    await tick();
    e.hold();
    coach.refresh(); // the level changed
    await tick();
    expect(e.analyzeDraft).toHaveBeenCalledTimes(2);
    // The focus changes too, and the report for the level alone comes back before the next run starts.
    coach.refresh();
    e.release();
    await tick();
    expect(e.analyzeDraft).toHaveBeenCalledTimes(3);
    expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
  });

  it('follows the muted kinds of the settings: this site\'s are hidden, other sites\' are not; flagged again, the field is analysed anew', async () => {
    const e = engine();
    const { coach, field } = setup({ analyze: e.analyzeDraft, muteKind: vi.fn(async () => {}) });
    type(field, WEAK);
    await tick();
    coach.setMutedKinds({ 'https://elsewhere.example': ['we-action'] });
    expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
    coach.setMutedKinds({ [window.location.origin]: ['we-action'] });
    expect(marks()).toEqual([]);
    const calls = e.analyzeDraft.mock.calls.length;
    coach.setMutedKinds({});
    await tick();
    expect(e.analyzeDraft.mock.calls.length).toBe(calls + 1);
    expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
  });

  it('offers no "Stop flagging" where the choice cannot be kept, and Alt+Shift+K mutes the open card\'s kind', async () => {
    const plain = setup({ analyze: engine().analyzeDraft });
    type(plain.field, WEAK);
    await tick();
    plain.coach.reveal('we-action@0-14');
    expect(shadowOf(document.querySelector('star-coach-card'))!.querySelector('button.mute')).toBeNull();
    controller.abort();
    document.documentElement.querySelectorAll('star-coach-mirror, star-coach-badge, star-coach-card').forEach((el) => el.remove());

    const muteKind = vi.fn(async () => {});
    const { coach, field } = setup({ analyze: engine().analyzeDraft, muteKind });
    type(field, WEAK);
    await tick();
    coach.reveal('we-action@0-14');
    field.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyK', key: 'K', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    expect(muteKind).toHaveBeenCalledWith(window.location.origin, 'we-action', true);
    expect(marks()).toEqual([]);
  });

  it('keeps a dismissal across a new page load on the same site', async () => {
    const store = memoryDismissals();
    const first = setup({ analyze: engine().analyzeDraft, dismissals: store });
    type(first.field, WEAK);
    await tick();
    first.coach.reveal('we-action@0-14');
    shadowOf(document.querySelector('star-coach-card'))!.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    await tick();
    controller.abort();

    const second = setup({ analyze: engine().analyzeDraft, dismissals: store });
    type(second.field, `${WEAK}`);
    await tick();
    expect(marks()).toEqual([]);
    expect(badgeCount()).toBe('1');
  });

  it('says when only the first part of a long answer was analysed', async () => {
    const e = engine({ truncated: { analysedLength: 20000, limit: 20000 } });
    const { field } = setup({ analyze: e.analyzeDraft });
    type(field, WEAK);
    await tick();
    expect(shadowOf(badge())?.querySelector('.warn')).not.toBeNull();
    shadowOf(badge())!.querySelector<HTMLButtonElement>('button')!.click();
    expect(shadowOf(document.querySelector('star-coach-card'))!.querySelector('.notice')?.textContent).toMatch(/only the first 20,000 characters/);
  });

  it('leaves skipped fields alone and logs why', async () => {
    const e = engine();
    const log = vi.fn();
    const { field } = setup({ analyze: e.analyzeDraft, log });
    field.setAttribute('data-star-coach', 'off');
    type(field, WEAK);
    await tick();
    expect(e.analyzeDraft).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('skipping field: opted-out', field);
  });

  it('clears everything when switched off and draws only the live dimensions', async () => {
    const e = engine();
    const { coach, field } = setup({ analyze: e.analyzeDraft });
    type(field, WEAK);
    await tick();
    coach.setLiveDimensions(['quantification']);
    expect(marks()).toEqual([]);
    expect(badgeCount()).toBe('1');
    coach.setEnabled(false);
    expect(document.querySelector('star-coach-mirror')).toBeNull();
    expect(badge()).toBeNull();
  });
});

describe('startCoach in a single-page app', () => {
  it('drops the highlights and badge of a field the page removed', async () => {
    const e = engine();
    const { field } = setup({ analyze: e.analyzeDraft });
    type(field, WEAK);
    await tick();
    expect(marks()).toHaveLength(1);
    field.remove();
    const next = document.createElement('textarea');
    document.body.append(next);
    next.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(document.querySelector('star-coach-mirror')).toBeNull();
    expect(badge()).toBeNull();
  });
});

describe('startCoach and the viewport', () => {
  it('waits to analyse a field until it is on screen', async () => {
    let report: ((entries: Array<{ target: Element; isIntersecting: boolean }>) => void) | null = null;
    const original = window.IntersectionObserver;
    (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    };
    try {
      const e = engine();
      const { field } = setup({ analyze: e.analyzeDraft });
      field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      report!([{ target: field, isIntersecting: false }]);
      type(field, WEAK);
      await tick();
      expect(e.analyzeDraft).not.toHaveBeenCalled();
      report!([{ target: field, isIntersecting: true }]);
      await tick();
      expect(e.analyzeDraft).toHaveBeenCalledTimes(1);
      expect(marks().map((m) => m.textContent)).toEqual(['We figured out']);
    } finally {
      (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = original;
    }
  });
});

describe('startCoach on contenteditable fields', () => {
  /** happy-dom lacks CSS Custom Highlights: a registry that keeps the ranges is enough to read what is drawn. */
  function stubHighlights() {
    const registry = new Map<string, Range[]>();
    const w = document.defaultView as unknown as Record<string, unknown>;
    const before = { CSS: Object.getOwnPropertyDescriptor(w, 'CSS'), Highlight: Object.getOwnPropertyDescriptor(w, 'Highlight') };
    Object.defineProperty(w, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
    Object.defineProperty(w, 'Highlight', {
      value: class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
      configurable: true,
      writable: true,
    });
    const drawn = () => [...registry.values()].flatMap((h) => (h as unknown as { ranges: Range[] }).ranges.map((r) => r.toString()));
    const restore = () => {
      for (const [name, d] of Object.entries(before)) {
        if (d) Object.defineProperty(w, name, d);
        else delete w[name];
      }
    };
    return { drawn, restore };
  }

  it('maps findings of a block page back to their block, and shifts them with an edit until the next report', async () => {
    const hl = stubHighlights();
    try {
      const e = engine();
      document.body.innerHTML = `<div class="notion-page-content">
        <div data-block-id="1"><div contenteditable="true" id="b1">Our checkout service dropped orders.</div></div>
        <div data-block-id="2"><div contenteditable="true" id="b2">${WEAK}</div></div></div>`;
      controller = new AbortController();
      startCoach(document, { debounceMs: 0, fromUser: () => true, analyze: e.analyzeDraft }, controller.signal);
      const b1 = document.getElementById('b1')!;
      const b2 = document.getElementById('b2')!;
      b2.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await tick();
      expect(e.analyzeDraft.mock.calls[0]![0].text).toBe(`Our checkout service dropped orders.\n${WEAK}`);
      expect(hl.drawn()).toEqual(['We figured out']);

      e.hold();
      b1.firstChild!.textContent = 'Last spring our checkout service dropped orders.';
      b1.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      expect(hl.drawn()).toEqual(['We figured out']);
      b2.firstChild!.textContent = 'We traced the root cause together.';
      b2.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      expect(hl.drawn()).toEqual([]);
      e.release();
      await tick();
      expect(hl.drawn()).toEqual(['We traced']);
    } finally {
      hl.restore();
    }
  });
});

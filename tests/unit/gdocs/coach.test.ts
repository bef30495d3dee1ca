// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft, DraftReport } from '../../../platform/protocol';
import type { Report } from '../../../lib/types';
import { startDocsCoach } from '../../../content/gdocs/coach';
import { dismissalHash } from '../../../content/live/dismissal-hash';
import type { DocsBridge } from '../../../content/gdocs/bridge';
import { shadowOf } from '../closed-roots';

const TEXT = '\u0003Stories\nThe logs were analyzed and we fixed it.\n\nHeading two\nI led the rollout.\n';

function page(labels: string[]) {
  document.body.innerHTML = `<div class="kix-appview-editor"><svg>${labels
    .map((l, i) => `<rect aria-label="${l}" data-i="${i}"></rect>`)
    .join('')}</svg></div><p id="sel">We fixed it.</p>`; // happy-dom loads no iframes: the text-event iframe is an e2e matter
  const editor = document.querySelector('.kix-appview-editor')!;
  editor.getBoundingClientRect = () => ({ left: 0, top: 0, right: 800, bottom: 600, width: 800, height: 600, x: 0, y: 0 }) as DOMRect;
  document.querySelectorAll('rect').forEach((r, i) => {
    // Each line 20px high, 400px wide, from x = 100.
    r.getBoundingClientRect = () => ({ left: 100, top: 50 + 20 * i, width: 400, height: 20, right: 500, bottom: 70 + 20 * i, x: 100, y: 50 + 20 * i }) as DOMRect;
  });
}

function analyzeStub(findingWords: string) {
  return vi.fn(async (draft: Draft): Promise<DraftReport> => {
    const start = draft.text.indexOf(findingWords);
    const report = {
      findings: start < 0 ? [] : [{ id: 'we-action', dimension: 'ownership', severity: 'major', start, end: start + findingWords.length, message: 'm' }],
    } as unknown as Report;
    return { text: draft.text, report, fieldKind: draft.fieldKind, site: draft.site, at: 0 };
  });
}

const marks = () => [...shadowOf(document.querySelector('star-coach-docs'))!.querySelectorAll<HTMLElement>('.star-coach-mark')];

describe('Docs coach', () => {
  const controllers: AbortController[] = [];
  afterEach(() => {
    controllers.splice(0).forEach((c) => c.abort());
    document.body.innerHTML = '';
  });
  const start = (bridge: DocsBridge, analyze: ReturnType<typeof analyzeStub>) => {
    const c = new AbortController();
    controllers.push(c);
    return startDocsCoach(document, { analyze, bridge, debounceMs: 0 }, c.signal);
  };

  it('leaves out findings dismissed before (hashes from the store), and draws the others', async () => {
    const labels = ['Stories', 'The logs were analyzed and we fixed it.', 'Heading two', 'I led the rollout.'];
    page(labels);
    const caret = TEXT.indexOf('logs');
    const bridge: DocsBridge = { read: async () => ({ text: TEXT, caret }), select: async () => false };
    const start0 = TEXT.indexOf('we fixed');
    const finding = { id: 'we-action', dimension: 'ownership', severity: 'major', start: start0, end: start0 + 'we fixed'.length, message: 'm' } as const;
    const load = vi.fn(async () => new Set([dismissalHash(TEXT, finding)]));
    const c = new AbortController();
    controllers.push(c);
    const analyze = analyzeStub('we fixed');
    startDocsCoach(document, { analyze, bridge, debounceMs: 0, dismissals: { load, add: vi.fn(), remove: vi.fn() } }, c.signal);
    await vi.waitFor(() => expect(analyze).toHaveBeenCalled());
    await new Promise((ok) => setTimeout(ok, 50));
    expect(load).toHaveBeenCalledWith(location.origin);
    expect(marks()).toHaveLength(0);
  });

  it('analyses the answer at the caret and draws its finding over the right part of the right line', async () => {
    const labels = ['Stories', 'The logs were analyzed and we fixed it.', 'Heading two', 'I led the rollout.'];
    page(labels);
    const caret = TEXT.indexOf('logs');
    const analyze = analyzeStub('we fixed');
    start({ read: async () => ({ text: TEXT, caret }), select: async () => false }, analyze);
    await vi.waitFor(() => expect(marks()).toHaveLength(1));
    // The heading above the answer is its question; the key is the answer's place, never a heading's text.
    expect(analyze).toHaveBeenCalledWith({
      text: 'The logs were analyzed and we fixed it.',
      fieldKind: 'google-docs',
      site: location.origin,
      question: { text: 'Stories', key: 'docs::0' },
    });
    const label = labels[1]!;
    const m = marks()[0]!;
    // No font given: proportional to characters.
    const from = label.indexOf('we fixed');
    expect(parseFloat(m.style.left)).toBeCloseTo(100 + (400 * from) / label.length, 5);
    expect(parseFloat(m.style.width)).toBeCloseTo((400 * 'we fixed'.length) / label.length, 5);
    expect(m.style.top).toBe('70px');
    expect(m.dataset.dimension).toBe('ownership');
  });

  it('draws nothing when the hook gives nothing, and answers with the selection instead', async () => {
    page([]);
    const analyze = analyzeStub('we');
    const read = vi.fn(async () => null);
    const coach = start({ read, select: async () => false }, analyze);
    await vi.waitFor(() => expect(read).toHaveBeenCalled());
    expect(analyze).not.toHaveBeenCalled();
    expect(marks()).toHaveLength(0);
    expect(coach.current()).toBeNull();
    expect(await coach.documentText()).toBeNull();
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('sel')!);
    document.getSelection()!.addRange(range);
    expect(await coach.documentText()).toEqual({ text: 'We fixed it.', fieldKind: 'google-docs', source: 'selection' });
  });

  it('hides dimensions that are not live, and everything when switched off', async () => {
    page(['Stories', 'The logs were analyzed and we fixed it.']);
    const coach = start({ read: async () => ({ text: TEXT, caret: 12 }), select: async () => false }, analyzeStub('we fixed'));
    await vi.waitFor(() => expect(marks()).toHaveLength(1));
    coach.setLiveDimensions(['scope']);
    expect(marks()).toHaveLength(0);
    coach.setLiveDimensions(['ownership']);
    expect(marks()).toHaveLength(1);
    coach.setEnabled(false);
    expect(marks()).toHaveLength(0);
    expect(coach.current()).toBeNull();
  });
});

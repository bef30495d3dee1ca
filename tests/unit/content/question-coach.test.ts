// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyze';
import type { Draft, DraftReport, QuestionOption } from '../../../platform/protocol';
import type { ProfileId } from '../../../lib/questions/ids';
import { startCoach } from '../../../content/live/coach';
import { shadowOf } from '../closed-roots';

const ANSWER = 'We figured out the root cause together.';
const QUESTION = 'Tell me about a time you disagreed with your manager';
const OPTIONS: QuestionOption[] = [
  { id: 'caught-issue', title: 'Caught a critical issue', group: 'common' },
  { id: 'conflict', title: 'Conflict', group: 'common' },
  { id: 'backbone', title: 'Have Backbone; Disagree and Commit', group: 'amazon' },
];
const title = (id: string) => OPTIONS.find((o) => o.id === id)!.title;

/** A worker as the extension's: the user's pick for the field's key wins, else the page's question (here: always "backbone"). */
function worker() {
  const picks = new Map<string, ProfileId>();
  const analyzeDraft = vi.fn(async (draft: Draft): Promise<DraftReport> => {
    const pick = draft.question ? picks.get(draft.question.key) : undefined;
    const id: ProfileId = pick ?? (draft.question?.text ? 'backbone' : 'caught-issue');
    const report = analyze(draft.text, { question: id, questionSource: pick ? 'user' : draft.question?.text ? 'page' : 'default' });
    const question = pick
      ? { id, title: title(id), source: 'user' as const }
      : { id, title: title(id), source: 'page' as const, confidence: 0.6 };
    return { text: draft.text, report: { ...report, question }, fieldKind: draft.fieldKind, site: draft.site, at: 0 };
  });
  const chooseQuestion = vi.fn(async (key: string, id: string | null) => {
    if (id) picks.set(key, id as ProfileId);
    else picks.delete(key);
  });
  return { analyzeDraft, chooseQuestion, picks };
}

const tick = (ms = 30) => new Promise((ok) => setTimeout(ok, ms));
// Our roots are closed: read through the roots recorded as they were attached.
const badgeButton = () => shadowOf(document.querySelector('star-coach-badge'))?.querySelector<HTMLButtonElement>('.badge');
const overlay = () => shadowOf(document.querySelector('star-coach-card'));

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.documentElement.querySelectorAll('star-coach-mirror, star-coach-badge, star-coach-card, star-coach-announcer').forEach((e) => e.remove());
});

function setup() {
  document.body.innerHTML = `<label for="t">${QUESTION}</label><textarea id="t"></textarea>`;
  const w = worker();
  controller = new AbortController();
  startCoach(
    document,
    { debounceMs: 0, fromUser: () => true, analyze: w.analyzeDraft, chooseQuestion: w.chooseQuestion, questions: async () => OPTIONS },
    controller.signal,
  );
  const field = document.getElementById('t') as HTMLTextAreaElement;
  field.value = ANSWER;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return { w, field };
}

describe('the question a field is coached for', () => {
  it('sends the page\'s question and the field\'s key with the draft, never the text as the key', async () => {
    const { w } = setup();
    await tick();
    expect(w.analyzeDraft).toHaveBeenCalledTimes(1);
    expect(w.analyzeDraft.mock.calls[0]![0].question).toEqual({ text: QUESTION, key: 'id:t' });
  });

  it('names the question in the badge, with how it was chosen', async () => {
    setup();
    await tick();
    expect(badgeButton()?.textContent).toContain('coaching for: Have Backbone; Disagree and Commit (from the page, likely)');
  });

  it('changes the question from the list\'s picker: remembered for the field\'s key, analysed again at once', async () => {
    const { w } = setup();
    await tick();
    badgeButton()!.click();
    const select = overlay()!.querySelector<HTMLSelectElement>('select.question-select')!;
    expect(overlay()!.querySelector('[data-testid="coaching-for"]')?.textContent).toBe('Coaching for: Have Backbone; Disagree and Commit (from the page, likely)');
    expect([...select.options].map((o) => o.value)).toEqual(['', 'backbone', 'caught-issue', 'conflict']);
    expect(select.value).toBe('');
    select.value = 'conflict';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    expect(w.chooseQuestion).toHaveBeenCalledWith('id:t', 'conflict');
    expect(w.analyzeDraft).toHaveBeenCalledTimes(2); // the text did not change: analysed again because the question did
    expect(overlay()!.querySelector('[data-testid="coaching-for"]')?.textContent).toBe('Coaching for: Conflict (your choice)');
    expect(overlay()!.querySelector<HTMLSelectElement>('select.question-select')!.value).toBe('conflict');
    expect(badgeButton()?.textContent).toContain('coaching for: Conflict (your choice)');
  });

  it('goes back to the page\'s question with "Detect automatically"', async () => {
    const { w } = setup();
    await tick();
    w.picks.set('id:t', 'conflict');
    badgeButton()!.click();
    const select = overlay()!.querySelector<HTMLSelectElement>('select.question-select')!;
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    expect(w.chooseQuestion).toHaveBeenCalledWith('id:t', null);
    expect(w.picks.size).toBe(0);
    expect(overlay()!.querySelector('[data-testid="coaching-for"]')?.textContent).toContain('from the page');
  });

  it('Alt+Shift+Q opens the list with the focus on the picker, and Esc gives the focus back to the field', async () => {
    const { field } = setup();
    await tick();
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyQ', key: 'Q', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    await tick();
    const select = overlay()!.querySelector<HTMLSelectElement>('select.question-select')!;
    expect(overlay()!.activeElement).toBe(select);
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(overlay()!.querySelector('select')).toBeNull();
    expect(document.activeElement).toBe(field);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Scorecard, formatSeconds, weakestFirst } from '../../../components/Scorecard';
import { DIMENSIONS, type Dimension, type DimensionResult, type Finding, type Report } from '../../../lib/types';
import { analyze } from '../../../lib/analyze';
import { getProfile, FAMILY_FINDING_IDS } from '../../../lib/questions/profiles';

const TEXT = 'We figured out the root cause together. The team was happy.';

function dims(overrides: Partial<Record<Dimension, Partial<DimensionResult>>> = {}): Record<Dimension, DimensionResult> {
  return Object.fromEntries(
    DIMENSIONS.map((d) => [d, { score: 100, status: 'strong', summary: `${d} is fine.`, ...overrides[d] }]),
  ) as Record<Dimension, DimensionResult>;
}

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    score: 71,
    dimensions: dims({
      ownership: { score: 60, status: 'needs-work', summary: '“We” hides who acted.' },
      quantification: { score: 40, status: 'needs-work', summary: 'The result is not measured.' },
    }),
    findings,
    stats: { words: 11, speakingSeconds: 65, secondsToProblem: null, sections: { situation: 0.2, task: 0, action: 0.5, result: 0.3, reflection: 0 } },
    question: { id: 'caught-issue', title: 'Caught a critical issue others missed', source: 'default' },
    ...extra,
  };
}

const WE: Finding = {
  id: 'we-action',
  dimension: 'ownership',
  severity: 'major',
  start: 0,
  end: 14,
  message: '“We” hides who acted.',
  suggestion: { text: 'I traced', replaces: { start: 0, end: 14 } },
};
const MISSING: Finding = {
  id: 'no-metric',
  dimension: 'quantification',
  severity: 'minor',
  message: 'The result is not measured.',
  suggestion: { text: '[metric] went from [X] to [Y].' },
};

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Scorecard', () => {
  it('shows the score, timing, and the six dimensions weakest first', () => {
    const r = report([WE, MISSING]);
    const root = mount(<Scorecard report={r} text={TEXT} />);
    expect(root.querySelector('[data-testid="overall-score"]')?.textContent).toBe('71');
    expect(root.querySelector('[data-testid="speaking-time"]')?.textContent).toBe('1:05');
    expect(root.querySelector('[data-testid="seconds-to-problem"]')?.textContent).toBe('not stated');
    const order = [...root.querySelectorAll('li[data-dimension]')].map((li) => li.getAttribute('data-dimension'));
    expect(order).toEqual(['quantification', 'ownership', 'scope', 'validation', 'reflection', 'structure']);
    expect(root.querySelector('li[data-dimension="ownership"] .sc-dim-summary')?.textContent).toBe('“We” hides who acted.');
    expect(root.querySelector('li[data-dimension="scope"]')?.getAttribute('data-status')).toBe('strong');
  });

  it('expands a dimension to its findings: the quoted span, the rewrite, what it replaces', () => {
    const root = mount(<Scorecard report={report([WE, MISSING])} text={TEXT} />);
    const li = root.querySelector('li[data-dimension="ownership"]')!;
    const button = li.querySelector<HTMLButtonElement>('button.sc-dim')!;
    const panel = li.querySelector<HTMLElement>('.sc-findings')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect(button.getAttribute('aria-controls')).toBe(panel.id);
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector('.sc-quote')?.textContent).toBe('We figured out');
    expect(panel.querySelector('.sc-rewrite-label')?.textContent).toBe('Instead of We figured out, try:');
    expect(panel.querySelector('[data-testid="rewrite"]')?.textContent).toBe('I traced');
    expect(panel.querySelector('.sc-copy')?.textContent).toBe('Copy rewrite');
  });

  it('handles findings without a span: no quote, an insertion, no "Show in page"', () => {
    const onReveal = vi.fn();
    const root = mount(<Scorecard report={report([WE, MISSING])} text={TEXT} onReveal={onReveal} openWeakest />);
    const panel = root.querySelector<HTMLElement>('li[data-dimension="quantification"] .sc-findings')!;
    expect(panel.hidden).toBe(false); // the weakest opens first
    expect(panel.querySelector('.sc-quote')).toBeNull();
    expect(panel.querySelector('.sc-missing')?.textContent).toBe('Missing from the answer');
    expect(panel.querySelector('.sc-rewrite-label')?.textContent).toBe('Add:');
    expect(panel.querySelector('.sc-link')).toBeNull();
    // A finding with a span can be shown in the page.
    const own = root.querySelector('li[data-dimension="ownership"]')!;
    act(() => own.querySelector<HTMLButtonElement>('button.sc-dim')!.click());
    act(() => own.querySelector<HTMLButtonElement>('.sc-link')!.click());
    expect(onReveal).toHaveBeenCalledWith(WE);
  });

  it('renders the user\'s text as text, never as HTML', () => {
    const text = '<img src=x onerror="alert(1)"> we did it';
    const f: Finding = { ...WE, start: 0, end: 30, suggestion: undefined };
    const root = mount(<Scorecard report={report([f])} text={text} openWeakest={false} />);
    act(() => root.querySelector<HTMLButtonElement>('li[data-dimension="ownership"] button.sc-dim')!.click());
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.sc-quote')?.textContent).toBe(text.slice(0, 30));
  });

  it('says when only the start of a long text was checked', () => {
    const root = mount(<Scorecard report={report([], { truncated: { analysedLength: 50000, limit: 50000 } })} />);
    expect(root.querySelector('[data-testid="truncated"]')?.textContent).toContain('50,000');
    expect(mount(<Scorecard report={report([])} />).querySelector('[data-testid="truncated"]')).toBeNull();
  });

  it('sorts ties in the rubric\'s order and formats times', () => {
    expect(weakestFirst(report([]))).toEqual(['quantification', 'ownership', 'scope', 'validation', 'reflection', 'structure']);
    expect(formatSeconds(0)).toBe('0:00');
    expect(formatSeconds(9.6)).toBe('0:10');
    expect(formatSeconds(125)).toBe('2:05');
  });
});

describe('Scorecard for a question profile', () => {
  const text = 'My manager wanted to ship on Friday. I disagreed and said so. We shipped on Monday.';
  const conflict = analyze(text, { question: 'conflict', questionSource: 'page', questionConfidence: 0.62 });

  it('names the question and how it was chosen, and marks the dimensions it does not ask', () => {
    const root = mount(<Scorecard report={conflict} text={text} mustShow={getProfile('conflict').mustShow} />);
    expect(root.querySelector('.sc-question summary')?.textContent).toMatch(/^Coaching for: Conflict or disagreement \(from the page, likely\) · \d+ findings? for this question$/);
    const scope = root.querySelector('li[data-dimension="scope"]')!;
    expect(scope.getAttribute('data-status')).toBe('not-asked');
    expect(scope.textContent).toContain('not asked by this question');
    expect(scope.querySelector('button')).toBeNull(); // nothing to open
    // The dimensions it does not ask come last.
    expect([...root.querySelectorAll('li[data-dimension]')].at(-1)?.getAttribute('data-dimension')).toBe('scope');
    expect(root.querySelectorAll('li[data-status="not-asked"]')).toHaveLength(DIMENSIONS.filter((d) => conflict.dimensions[d].applies === false).length);
  });

  it('lists what a strong answer must show and the question\'s own findings, which are marked where they sit too', () => {
    const family = conflict.findings.filter((f) => (FAMILY_FINDING_IDS as readonly string[]).includes(f.id));
    expect(family.length).toBeGreaterThan(0);
    const root = mount(<Scorecard report={conflict} text={text} mustShow={getProfile('conflict').mustShow} />);
    expect([...root.querySelectorAll('.sc-must li')].map((li) => li.textContent)).toEqual(getProfile('conflict').mustShow);
    expect([...root.querySelectorAll('[data-family-finding]')].map((li) => li.getAttribute('data-family-finding'))).toEqual(family.map((f) => f.id));
    for (const f of family) expect(root.querySelector(`li.sc-finding[data-finding-id="${f.id}"] .sc-for`)?.textContent).toBe('this question');
    expect(root.querySelector('li.sc-finding[data-finding-id="we-action"] .sc-for')).toBeNull();
  });

  it('shows the question on one plain line when there is nothing more to say about it', () => {
    const root = mount(<Scorecard report={report([WE])} text={TEXT} />);
    expect(root.querySelector('p.sc-question')?.textContent).toBe('Coaching for: Caught a critical issue others missed (the default question)');
    expect(root.querySelector('details.sc-question')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Card } from '../../../components/Card';
import { Badge } from '../../../components/Badge';
import { FindingList } from '../../../components/FindingList';
import { previewRewrite } from '../../../components/rewrite-preview';
import { placeholdersLeft } from '../../../content/live/card-layer';
import type { Placed } from '../../../content/live/surfaces/surface';
import type { Finding } from '../../../lib/types';

const base: Finding = { id: 'no-number', dimension: 'quantification', severity: 'minor', start: 0, end: 4, message: 'Give the number.' };

function show(finding: Finding) {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  const handlers = { onApply: vi.fn(), onCopy: vi.fn(), onDismiss: vi.fn(), onClose: vi.fn() };
  render(<Card finding={finding} words="fast" onApply={finding.suggestion?.replaces ? handlers.onApply : undefined} onCopy={handlers.onCopy} onDismiss={handlers.onDismiss} onClose={handlers.onClose} />, el);
  return { el, handlers };
}

describe('Card', () => {
  it('shows the dimension, the problem, the rewrite and Apply for a rewrite that replaces text', () => {
    const { el, handlers } = show({ ...base, suggestion: { text: 'in [N] ms', replaces: { start: 0, end: 4 } } });
    expect(el.querySelector('.dimension')?.textContent).toBe('Quantified result');
    expect(el.querySelector('.message')?.textContent).toBe('Give the number.');
    expect(el.querySelector('.suggestion')?.textContent).toBe('in [N] ms');
    el.querySelector<HTMLButtonElement>('button.apply')!.click();
    el.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    expect(handlers.onApply).toHaveBeenCalledOnce();
    expect(handlers.onDismiss).toHaveBeenCalledOnce();
    expect(el.querySelector('button.copy')).toBeNull();
  });

  it('offers to copy a rewrite that replaces nothing, and no Apply', () => {
    const { el, handlers } = show({ ...base, suggestion: { text: 'Add: it cut errors by [X]%.' } });
    expect(el.querySelector('button.apply')).toBeNull();
    el.querySelector<HTMLButtonElement>('button.copy')!.click();
    expect(handlers.onCopy).toHaveBeenCalledOnce();
  });

  it("shows its dimension's mark, and the sentence before and after Apply with the changes marked", () => {
    const text = 'We looked into it together.';
    const finding: Finding = { ...base, id: 'we-action', dimension: 'ownership', start: 0, end: 14, suggestion: { text: 'I looked into it.', replaces: { start: 0, end: 27 } } };
    const el = document.createElement('div');
    render(<Card finding={finding} preview={previewRewrite(text, finding.suggestion!.replaces!, finding.suggestion!.text)} onApply={() => {}} onDismiss={() => {}} onClose={() => {}} />, el);
    expect(el.querySelector('.dim-mark')?.textContent).toBe('O');
    expect([...el.querySelectorAll('.before del')].map((d) => d.textContent)).toEqual(['We', 'together']);
    expect([...el.querySelectorAll('.after ins')].map((d) => d.textContent)).toEqual(['I']);
  });
});

describe('Badge', () => {
  it('is named by its own text, which says what its numbers are', () => {
    const el = document.createElement('div');
    render(<Badge score={53} count={8} truncated={false} onOpen={() => {}} />, el);
    const button = el.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBeNull();
    expect(button.textContent).toBe('STAR Coach: score 53, 8 findings');
  });
});

describe('FindingList', () => {
  it('starts with the legend of the six dimensions, and its findings are a focusable scroll region', () => {
    const el = document.createElement('div');
    const item = { key: 'k', finding: base, words: 'fast' };
    render(<FindingList score={40} items={[item]} dismissed={[]} onSelect={() => {}} onRestore={() => {}} onClose={() => {}} />, el);
    expect([...el.querySelectorAll('.legend .dim-mark')].map((m) => m.textContent)).toEqual(['O', 'S', 'Q', 'V', 'R', 'T']);
    expect(el.querySelector('.scroll')?.getAttribute('tabindex')).toBe('0');
    expect(el.querySelector('.findings .dim-mark')?.textContent).toBe('Q');
  });
});

describe('placeholdersLeft', () => {
  const hole = (n: number): Placed => ({ key: `p${n}`, hash: `h${n}`, finding: { ...base, id: 'unfilled-placeholder' } });
  it('counts the placeholders still in the answer', () => {
    expect(placeholdersLeft([])).toBeUndefined();
    expect(placeholdersLeft([hole(1)])).toMatch(/^1 placeholder left/);
    expect(placeholdersLeft([hole(1), hole(2), { key: 'x', hash: 'y', finding: base }])).toMatch(/^2 placeholders left/);
  });
});

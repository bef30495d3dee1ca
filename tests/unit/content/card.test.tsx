// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Card } from '../../../components/Card';
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
});

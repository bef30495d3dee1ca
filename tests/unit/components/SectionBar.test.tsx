// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { SectionBar } from '../../../components/SectionBar';

describe('SectionBar', () => {
  it('draws one segment per non-empty section, sized by its share, with a text alternative', () => {
    const root = document.createElement('div');
    render(<SectionBar sections={{ situation: 0.25, task: 0, action: 0.5, result: 0.25, reflection: 0 }} />, root);
    const segs = [...root.querySelectorAll<HTMLElement>('.sc-seg')];
    expect(segs.map((s) => s.dataset.section)).toEqual(['situation', 'action', 'result']);
    expect(segs.map((s) => s.style.width)).toEqual(['25%', '50%', '25%']);
    expect(root.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'Words by section: Situation 25%, Task 0%, Action 50%, Result 25%, Reflection 0%',
    );
    expect(root.querySelector('[data-testid="section-action"]')?.textContent).toBe('Action 50%');
  });

  it('draws nothing for an empty answer', () => {
    const root = document.createElement('div');
    render(<SectionBar sections={{ situation: 0, task: 0, action: 0, result: 0, reflection: 0 }} />, root);
    expect(root.querySelectorAll('.sc-seg')).toHaveLength(0);
  });
});

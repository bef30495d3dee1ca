// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { SECTION_TARGETS, SectionBar, against } from '../../../components/SectionBar';

describe('SectionBar', () => {
  it('draws one segment per non-empty section, sized by its share, with a text alternative that gives the aim', () => {
    const root = document.createElement('div');
    render(<SectionBar sections={{ situation: 0.25, task: 0, action: 0.5, result: 0.25, reflection: 0 }} />, root);
    const segs = [...root.querySelectorAll<HTMLElement>('[role="img"] .sc-seg')];
    expect(segs.map((s) => s.dataset.section)).toEqual(['situation', 'action', 'result']);
    expect(segs.map((s) => s.style.width)).toEqual(['25%', '50%', '25%']);
    expect(root.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'Words by section: Situation 25%, Task 0%, Action 50%, Result 25%, Reflection 0%. ' +
        'Aim: Situation 10–25%, Task 5–15%, Action 35–60%, Result 15–30%, Reflection 5–15%.',
    );
    expect(root.querySelector('[data-testid="section-action"]')?.textContent).toBe('Action 50%');
    // The legend says where each section stands against its aim.
    const aims = Object.fromEntries([...root.querySelectorAll<HTMLElement>('.sc-legend > [data-section]')].map((e) => [e.dataset.section, e.dataset.aim]));
    expect(aims).toEqual({ situation: 'ok', task: 'low', action: 'ok', result: 'ok', reflection: 'low' });
    expect(root.querySelector('.sc-legend [data-section="task"] .sc-aim')?.textContent).toBe('aim 5–15%');
  });

  it('draws the target split for every section, and nothing of the answer when it is empty', () => {
    const root = document.createElement('div');
    render(<SectionBar sections={{ situation: 0, task: 0, action: 0, result: 0, reflection: 0 }} />, root);
    expect(root.querySelectorAll('[role="img"] .sc-seg')).toHaveLength(0);
    expect(root.querySelectorAll('.sc-aim-bar .sc-seg')).toHaveLength(5);
  });

  it('targets are ranges that a real split can meet', () => {
    for (const [lo, hi] of Object.values(SECTION_TARGETS)) expect(lo).toBeLessThan(hi);
    expect(against('action', 70)).toBe('high');
    expect(against('action', 20)).toBe('low');
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ScoreChart } from '../../../components/ScoreChart';

describe('ScoreChart', () => {
  it('plots one dot per draft, higher scores higher up, and summarises progress in words', () => {
    const root = document.createElement('div');
    const points = [
      { at: 1, score: 40 },
      { at: 2, score: 70 },
      { at: 3, score: 55 },
    ];
    render(<ScoreChart points={points} width={200} height={100} />, root);
    const dots = [...root.querySelectorAll('circle')];
    expect(dots.map((d) => d.getAttribute('data-score'))).toEqual(['40', '70', '55']);
    const ys = dots.map((d) => Number(d.getAttribute('cy')));
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[0]!);
    const xs = dots.map((d) => Number(d.getAttribute('cx')));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toBe('Score history, 3 drafts: from 40 to 55, best 70');
    // A score axis, each point's value, and dates.
    expect([...root.querySelectorAll('.sc-axis')].map((t) => t.textContent).slice(0, 3)).toEqual(['0', '50', '100']);
    expect([...root.querySelectorAll('.sc-value')].map((t) => t.textContent)).toEqual(['40', '70', '55']);
    expect(root.querySelectorAll('circle title')[1]?.textContent).toMatch(/: score 70$/);
    expect(root.querySelector('figcaption')?.textContent).toMatch(/^3 drafts: from 40 to 55, best 70; on /);
  });

  it('says there is no history yet', () => {
    const root = document.createElement('div');
    render(<ScoreChart points={[]} />, root);
    expect(root.querySelector('svg')).toBeNull();
    expect(root.textContent).toMatch(/No scores yet/);
  });
});

import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf, spanOf } from './helpers';

const shallow = (text: string, level: 'mid' | 'senior' = 'senior') => findingsOf('shallow-reflection', text, { level });
const technical = answer([], { reflection: 'Looking back, I would add a retry test to the webhook client.' });

describe('shallow-reflection', () => {
  it('flags a senior lesson that stops at the code, on the lesson', () => {
    const [f] = shallow(technical);
    expect(spanOf(technical, f)).toBe('Looking back, I would add a retry test to the webhook client.');
    expect(f!.severity).toBe('minor');
  });

  it('is a senior-level expectation only', () => {
    expect(shallow(technical, 'mid')).toEqual([]);
  });

  it('leaves a lesson that names a systemic cause alone', () => {
    expect(shallow(answer())).toEqual([]);
    expect(shallow(answer([], { reflection: 'Looking back, the real gap was that no team owned the handoff, so I would propose a shared SLO.' }))).toEqual([]);
  });

  it('appends the systemic cause after the lesson, which passes once filled', () => {
    const after = applied(technical, shallow(technical)[0]!);
    expect(after).toBe(technical + ' The root cause beyond the code was [an ownership gap / no shared metric between teams], so I would [give the boundary an owner / propose a shared SLO].');
    expect(shallow(fill(after, ['an ownership gap between two teams', 'propose a shared SLO']))).toEqual([]);
  });
});

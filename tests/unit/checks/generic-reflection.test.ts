import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf, spanOf } from './helpers';

const generic = (text: string) => findingsOf('generic-reflection', text);

describe('generic-reflection', () => {
  it('flags the seed\'s generic lesson with its span', () => {
    const text = answer([], { reflection: 'I would communicate more with the Platform team.' });
    const [f] = generic(text);
    expect(spanOf(text, f)).toBe('I would communicate more with the Platform team');
    expect(f!.dimension).toBe('reflection');
  });

  it('flags other lessons that could end any story', () => {
    const text = answer([], { reflection: 'I learned that attention to detail is important.' });
    expect(spanOf(text, generic(text)[0])).toBe('I learned that attention to detail is important');
    expect(generic(answer([], { reflection: 'In hindsight, I should be more proactive.' }))).toHaveLength(1);
  });

  it('leaves a lesson that names a mechanism alone', () => {
    expect(generic(answer())).toEqual([]);
    expect(generic(answer([], { reflection: 'Next time I would add a contract test between the two services before the release.' }))).toEqual([]);
    expect(generic(answer([], { reflection: 'I learned to put a named owner and a checklist on every cross-department handoff.' }))).toEqual([]);
  });

  it('replaces the lesson with a mechanism placeholder that passes once filled', () => {
    const text = answer([], { reflection: 'I would communicate more with the Platform team.' });
    const after = applied(text, generic(text)[0]!);
    expect(after.endsWith('I would propose [a concrete mechanism: a shared SLO, an alert, a contract test or an owner] for [the gap in this story] so [this failure] is caught earlier.')).toBe(true);
    expect(generic(fill(after, ['a shared webhook reliability SLO', 'the webhook boundary', 'a silent drop']))).toEqual([]);
  });
});

describe('generic-reflection: systemic causes are specific', () => {
  it('accepts a lesson that names a systemic cause without a tool', () => {
    expect(generic(answer([], { reflection: 'The systemic cause was that nobody owned the boundary between billing and payments.' }))).toEqual([]);
    expect(generic(answer([], { reflection: 'Since then, I add a review step and a named owner to every vendor handoff.' }))).toEqual([]);
  });

  it('still flags generic filler even when it mentions ownership words loosely', () => {
    expect(generic(answer([], { reflection: 'Looking back, I learned that communication is important across teams.' }))).toHaveLength(1);
    expect(generic(answer([], { reflection: 'Going forward, I will be more proactive.' }))).toHaveLength(1);
  });
});

describe('generic-reflection: more concrete mechanisms', () => {
  it('accepts a lesson naming a check, a handover step or a four-eyes rule', () => {
    expect(generic(answer([], { reflection: 'Looking back, I would add a handover step to the discharge form.' }))).toEqual([]);
    expect(generic(answer([], { reflection: 'Next time I would put a four-eyes rule on manual journal entries.' }))).toEqual([]);
  });

  it('does not read "double-check" as a check', () => {
    expect(generic(answer([], { reflection: 'Looking back, I should always double-check my work.' }))).toHaveLength(1);
  });
});

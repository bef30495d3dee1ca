import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../checks/helpers';

const STORY = 'I sent a payroll file with the wrong tax week. The mistake was mine. I recalculated every payslip and checked each one before it went out.';
const change = (text: string) => findingsOf('missing-change', text, { question: 'failure' });

describe('missing-change', () => {
  it('fires when nothing is said to have changed afterwards, or only a platitude is', () => {
    const [f] = change(STORY);
    expect(f).toMatchObject({ dimension: 'reflection', severity: 'major' });
    expect(f!.suggestion?.text).toMatch(/^ ?Since then, I \[/);
    expect(change(`${STORY} I learned to be more careful.`)).toHaveLength(1);
  });

  it.each([
    'Since then I run a calendar check before every payroll submission.',
    'I added a sign-off step to the payroll checklist.',
    'Now I always compare the tax week with the calendar before I submit.',
    'The calendar check is now part of the team’s payroll template.',
  ])('is satisfied by a change that stayed: %s', (line) => {
    expect(change(`${STORY} ${line}`)).toEqual([]);
  });
});

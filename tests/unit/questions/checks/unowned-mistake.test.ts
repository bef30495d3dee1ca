import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../checks/helpers';

const unowned = (text: string) => findingsOf('unowned-mistake', text, { question: 'failure' });

describe('unowned-mistake', () => {
  it('fires when a failure story never says what the speaker got wrong', () => {
    const [f] = unowned('A payroll run went wrong last year. The tax week was wrong on 140 payslips. We fixed it in two days.');
    expect(f).toMatchObject({ dimension: 'ownership', severity: 'major' });
    expect(f!.suggestion?.text).toContain('[what I did or failed to do]');
    expect(unowned('It wasn’t really my fault: the finance team never told me.')).toHaveLength(1);
  });

  it.each([
    'The mistake was mine: I sent the file without checking the calendar.',
    'I underestimated how long the data migration would take.',
    'I didn’t check the supplier’s certificate before I signed off the order.',
    'Looking back, I should have asked for a second review.',
    'That was my error, and I told the client the same day.',
  ])('is satisfied by an owned mistake: %s', (text) => {
    expect(unowned(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../checks/helpers';

const STORY = 'A bakery that ordered from us needed its flour before 6 a.m. I moved them to the first drop of an earlier route.';
const outcome = (text: string) => findingsOf('missing-customer-outcome', text, { question: 'difficult-customer' });

describe('missing-customer-outcome', () => {
  it('fires when the result says nothing measured for the customer', () => {
    const [f] = outcome(`${STORY} The customer was happy in the end.`);
    expect(f).toMatchObject({ dimension: 'quantification', severity: 'major' });
    expect(outcome(`${STORY} Our fuel costs went from £900 to £700 a month.`)).toHaveLength(1);
  });

  it.each([
    'Their late deliveries went from four a week to none.',
    'They renewed their contract for two years.',
    'Complaints from the bakery went from three a month to zero.',
  ])('is satisfied by a measured outcome for the customer: %s', (line) => {
    expect(outcome(`${STORY} ${line}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../checks/helpers';

const need = (text: string) => findingsOf('missing-customer-need', text, { question: 'customer-obsession' });

describe('missing-customer-need', () => {
  it('fires when the story never says who the customer was and what they needed', () => {
    const [f] = need('I redesigned our delivery routes and moved two drops earlier. Late deliveries went from four a week to none.');
    expect(f).toMatchObject({ dimension: 'structure', severity: 'major' });
    // A feeling is not a need.
    expect(need('We had a customer who was unhappy. I worked hard and fixed it.')).toHaveLength(1);
  });

  it.each([
    'A bakery that ordered from us needed its flour before 6 a.m., because its ovens start at 5.',
    'One of our patients could not reach the pharmacy counter in her wheelchair.',
    'A client was losing sales every weekend because our booking page crashed on Saturdays.',
  ])('is satisfied by the customer’s need, told before the actions: %s', (line) => {
    expect(need(`${line} I moved the delivery to the first drop of the route and checked it arrived on time.`)).toEqual([]);
  });
});

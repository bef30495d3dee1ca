import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../checks/helpers';

const data = (text: string) => findingsOf('missing-data', text, { question: 'backbone' });

describe('missing-data', () => {
  it('fires when the case rests on opinion alone', () => {
    const [f] = data('My manager wanted to switch suppliers. I told him I thought it was a bad idea and that I felt strongly about it. He agreed in the end.');
    expect(f).toMatchObject({ dimension: 'validation', severity: 'major' });
  });

  it.each([
    'I pulled the last six months of delivery records and showed him the late ones.',
    'A two-week pilot showed the new supplier was late on three deliveries out of ten.',
    'I compared their prices with ours line by line.',
    'Our temperature logs showed two deliveries above 5 degrees.',
  ])('is satisfied by evidence brought to the case: %s', (line) => {
    expect(data(`My manager wanted to switch suppliers. I disagreed. ${line} He kept the old supplier.`)).toEqual([]);
  });

  it('does not count a lesson about data as evidence', () => {
    expect(data('My manager wanted to switch suppliers. I disagreed and said so. He kept the old supplier. Looking back, I would bring data next time.')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { answer, applied, findingsOf, spanOf } from './helpers';

const long = (text: string) => findingsOf('long-situation', text);
const context = [
  'I joined the clinic operations group three years ago after working in hospital administration for a while.',
  'Our group looks after scheduling for eleven outpatient clinics across the region, from intake to follow-up visits.',
  'Each clinic had its own way of booking patients, and the managers met monthly to compare notes, share tips and agree on the next quarter staffing plan.',
  'Over time we moved most of the booking work onto a shared calendar that everyone could see from their desks.',
].join(' ');
const story = ' One Monday I noticed that 6% of follow-up appointments were being double-booked. I traced it to a timezone setting and corrected it.';

describe('long-situation', () => {
  it('flags the sentences before a late problem, with their span', () => {
    const text = context + story;
    const [f] = long(text);
    expect(spanOf(text, f)).toBe(context);
    expect(f!.dimension).toBe('structure');
    expect(f!.message).toMatch(/seconds/);
  });

  it('leaves a short situation alone, including an outcome-first opening', () => {
    expect(long(answer())).toEqual([]);
    expect(long('I recovered $8K a week by fixing a webhook drop nobody owned.' + story)).toEqual([]);
  });

  it('keeps only the first sentence of context when applied', () => {
    const text = context + story;
    const after = applied(text, long(text)[0]!);
    expect(after).toBe('I joined the clinic operations group three years ago after working in hospital administration for a while.' + story);
    expect(long(after)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../checks/helpers';

const blame = (text: string, question: 'failure' | 'caught-issue' = 'failure') => findingsOf('blames-others', text, { question });

describe('blames-others', () => {
  it('underlines the mistake put on someone else or on circumstances', () => {
    const text = 'The launch slipped by a week. It wasn’t really my fault, because the vendor never told me the API had changed. I rewrote the client in two days.';
    const [f] = blame(text);
    expect(f).toMatchObject({ dimension: 'ownership', severity: 'major' });
    expect(spanOf(text, f)).toBe('wasn’t really my fault');
    expect(blame('I missed the deadline because my manager didn’t tell me the date had moved.')).toHaveLength(1);
    expect(blame('If the night nurse had checked the chart, it would never have happened.')).toHaveLength(1);
  });

  it('leaves an owned mistake, and rejected blame, alone', () => {
    expect(blame('I skipped the second check because I was rushing, and the wrong dose went out. I told the ward manager that hour.')).toEqual([]);
    expect(blame('Rather than blame the vendor, I rewrote the client myself.')).toEqual([]);
  });

  it('runs only for the profiles that list it', () => {
    expect(blame('It wasn’t my fault, because the vendor never told me.', 'caught-issue')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../checks/helpers';

const STORY = 'Our head chef wanted a cheaper fish supplier. I disagreed and showed him the delivery temperature logs.';
const commit = (text: string) => findingsOf('missing-commitment', text, { question: 'backbone' });

describe('missing-commitment', () => {
  it('fires when the story stops at the disagreement', () => {
    const [f] = commit(`${STORY} He went ahead with the new supplier anyway.`);
    expect(f).toMatchObject({ dimension: 'ownership', severity: 'major' });
    expect(f!.suggestion?.text).toContain('I committed to it fully');
  });

  it.each([
    'He decided to trial them anyway, and I committed to it fully by checking every delivery myself.',
    'Once the decision was made, I backed it and briefed the kitchen on the new deliveries.',
    'He agreed to pilot my approach for a month.',
    'He changed his mind after seeing the logs.',
  ])('is satisfied by commitment, or a decision that went the speaker’s way with agreement: %s', (line) => {
    expect(commit(`${STORY} ${line}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf, spanOf } from './helpers';

const assumed = (text: string) => findingsOf('assumed-success', text);
const opening = 'I noticed 2% of lab results were not reaching the ward system. I traced it to a stale mapping. ';

describe('assumed-success', () => {
  it('flags the seed\'s assumed success with its span', () => {
    const text = opening + 'I deployed the fix and assumed it worked because errors stopped.';
    const [f] = assumed(text);
    expect(spanOf(text, f)).toBe('assumed it worked because errors stopped');
    expect(f!.dimension).toBe('validation');
  });

  it('flags evidence of absence in other words', () => {
    const text = opening + 'Nobody complained after that, so I moved on.';
    expect(spanOf(text, assumed(text)[0])).toBe('Nobody complained after that, so I moved on');
    expect(assumed(opening + 'The fix seemed to work.')).toHaveLength(1);
  });

  it('leaves verified success alone', () => {
    expect(assumed(opening + 'I reproduced the failure locally to confirm root cause, then added dead letter queue alerts to monitor post-deployment.')).toEqual([]);
    expect(assumed(answer())).toEqual([]);
  });

  it('rewrites the assumption into a verification with placeholders', () => {
    const text = opening + 'I deployed the fix and assumed it worked because errors stopped.';
    const after = applied(text, assumed(text)[0]!);
    expect(after).toBe(opening + 'I deployed the fix and verified it: I tracked [metric] for [period] after rollout and confirmed it went from [X] to [Y].');
    expect(assumed(fill(after, ['missing results', 'two weeks', '2%', 'zero']))).toEqual([]);
  });
});

describe('assumed-success, absence of news', () => {
  it('flags "haven\'t seen the issue since" and "as far as I know"', () => {
    const t1 = opening + "I haven't seen the issue since.";
    expect(spanOf(t1, assumed(t1)[0])).toBe("haven't seen the issue since");
    expect(assumed(opening + 'As far as I know it is still fixed.')).toHaveLength(1);
  });
});

describe('assumed-success, figuring out', () => {
  it('leaves "I figured out how to fix it" alone', () => {
    expect(assumed(opening + 'I figured out how to fix it and reproduced the failure first.')).toEqual([]);
  });
});

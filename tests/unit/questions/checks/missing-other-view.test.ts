import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../checks/helpers';

const STORY = 'I disagreed with the plan to drop the weekly stock count. I pulled six months of count records and showed them to the planning lead. We moved the count to Monday mornings.';
const view = (text: string) => findingsOf('missing-other-view', text, { question: 'conflict' });

describe('missing-other-view', () => {
  it('fires when only the speaker’s side is told', () => {
    const [f] = view(STORY);
    expect(f).toMatchObject({ dimension: 'structure', severity: 'major' });
    // "I thought" is the speaker's view, not the other side's.
    expect(view('I told my manager I thought it was wrong. We did it my way.')).toHaveLength(1);
  });

  it.each([
    'The planning lead wanted to cut the count because it clashed with deliveries.',
    'Her concern was that the count took two hours on the busiest morning.',
    'I understood why she wanted to drop it: the count clashed with deliveries.',
    'My manager believed the count was no longer needed, which was fair given the new scanners.',
  ])('is satisfied by the other side’s view: %s', (line) => {
    expect(view(`${line} ${STORY}`)).toEqual([]);
  });
});

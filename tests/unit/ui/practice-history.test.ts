import { describe, expect, it } from 'vitest';
import { addScore, HISTORY_LIMIT, SITTING_MS } from '../../../platform/practice';

describe('practice score history', () => {
  it('keeps the latest score of a sitting and starts a new point after a pause', () => {
    let h = addScore([], { at: 0, score: 40 });
    h = addScore(h, { at: 1000, score: 55 });
    expect(h).toEqual([{ at: 0, score: 55 }]);
    h = addScore(h, { at: SITTING_MS + 1, score: 70 });
    expect(h).toEqual([
      { at: 0, score: 55 },
      { at: SITTING_MS + 1, score: 70 },
    ]);
  });

  it('keeps at most the newest points', () => {
    let h: { at: number; score: number }[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = addScore(h, { at: i * SITTING_MS, score: i % 100 });
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h[0]!.at).toBe(5 * SITTING_MS);
  });
});

import { describe, expect, it } from 'vitest';
import { PARTS, answer, applied, fill, findingsOf } from './helpers';

const scope = (text: string, options = {}) => findingsOf('missing-scope', text, options);

describe('missing-scope', () => {
  it('flags an answer that never states the boundary, without a span', () => {
    const [f] = scope(answer(['scope']));
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(f!.dimension).toBe('scope');
    expect(f!.suggestion?.text).toContain('[System] belonged to [team], not mine, and there was no ticket or request.');
  });

  it('leaves stated boundaries alone, however worded', () => {
    expect(scope(answer())).toEqual([]);
    expect(scope(answer(['scope'], { problem: 'Nobody had asked me to, but I noticed 5% of pharmacy orders were stuck in the queue.' }))).toEqual([]);
    expect(scope(answer(['scope'], { problem: 'I noticed a 2% mismatch in the finance team\'s ledger export, which was outside my remit.' }))).toEqual([]);
  });

  it('does not require a boundary for the generic question', () => {
    expect(scope(answer(['scope']), { question: 'generic' })).toEqual([]);
  });

  it('at entry level requires saying nobody assigned it', () => {
    const ownTeam = answer(['scope'], { problem: 'I noticed a 0.3% webhook drop rate in another team\'s payments service.' });
    expect(scope(ownTeam)).toEqual([]);
    expect(scope(ownTeam, { level: 'entry' })).toHaveLength(1);
  });

  it('inserts the boundary right after the problem sentence', () => {
    const text = answer(['scope']);
    const after = applied(text, scope(text)[0]!);
    expect(after.startsWith(PARTS.problem + ' [System] belonged to [team], not mine')).toBe(true);
    expect(scope(fill(after, ['The payments service', 'the Platform team']))).toEqual([]);
  });
});

describe('missing-scope, other wordings of the boundary', () => {
  it.each([
    'Nobody asked me to, and it fell between two teams, but I noticed a 0.3% webhook drop rate in the payments service.',
    'I noticed a 0.3% webhook drop rate in the payments service; I was never asked to look at it.',
    'I noticed a 0.3% webhook drop rate in the payments service and took it upon myself to find out why.',
    'I noticed a 0.3% webhook drop rate in the payments service, outside my day-to-day work.',
  ])('accepts: %s', (problem) => {
    expect(scope(answer(['scope'], { problem }), { level: 'entry' })).toEqual([]);
  });
});

describe('missing-scope, ownership named by another team', () => {
  it('accepts "handled by the compliance team, not by me" and "nobody had opened an issue"', () => {
    const problem = 'I saw customs declarations held at the border for 8% of shipments. Filings were handled by the compliance team, not by me, and nobody had opened an issue about it.';
    expect(scope(answer(['scope'], { problem }))).toEqual([]);
    expect(scope(answer(['scope'], { problem }), { level: 'entry' })).toEqual([]);
  });
});

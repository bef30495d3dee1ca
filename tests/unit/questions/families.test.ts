import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { getProfile, PROFILE_IDS } from '../../../lib/questions/profiles';
import { DIMENSIONS } from '../../../lib/types';
import { FAMILY_CASES } from './answers';

describe.each(PROFILE_IDS.map((id) => [id] as const))('the %s profile', (id) => {
  const profile = getProfile(id);
  const applying = DIMENSIONS.filter((d) => profile.dimensions[d] > 0);
  const c = FAMILY_CASES[id];

  it('judges its strong answer strong on every dimension it asks for', () => {
    const r = analyze(c.strong, { question: id, questionSource: 'user' });
    const weak = applying.filter((d) => r.dimensions[d].status !== 'strong').map((d) => `${d}: ${r.dimensions[d].summary}`);
    expect(weak).toEqual([]);
    expect(r.question.id).toBe(id);
  });

  it('finds its weak answer wanting where it should, and flags nothing it does not ask for', () => {
    const r = analyze(c.weak, { question: id, questionSource: 'user' });
    for (const d of c.weakOn) expect(r.dimensions[d].status, d).toBe('needs-work');
    for (const d of DIMENSIONS.filter((x) => !applying.includes(x))) {
      expect(r.findings.filter((f) => f.dimension === d), d).toEqual([]);
      expect(r.dimensions[d].applies, d).toBe(false);
    }
    const ids = r.findings.map((f) => f.id);
    for (const f of c.raises ?? []) expect(ids, f).toContain(f);
    expect(r.score).toBeLessThan(analyze(c.strong, { question: id, questionSource: 'user' }).score);
  });
});

import { describe, expect, it } from 'vitest';
import { FAMILY_FINDING_IDS, getProfile, PROFILE_IDS, QUESTION_PROFILES } from '../../../lib/questions/profiles';
import { AMAZON_PROFILE_IDS, COMMON_PROFILE_IDS } from '../../../lib/questions/ids';
import { FINDING_IDS } from '../../../lib/findings';
import { DIMENSIONS } from '../../../lib/types';

const SEED = 'Describe a time you caught a critical issue others had missed.';

describe('question profiles', () => {
  it('has one profile per id, in order: the seed, any question, 16 principles, 7 common families', () => {
    expect(QUESTION_PROFILES.map((p) => p.id)).toEqual([...PROFILE_IDS]);
    expect(AMAZON_PROFILE_IDS).toHaveLength(16);
    expect(COMMON_PROFILE_IDS).toHaveLength(7);
    for (const id of AMAZON_PROFILE_IDS) expect(getProfile(id).group).toBe('amazon');
    for (const id of COMMON_PROFILE_IDS) expect(getProfile(id).group).toBe('common');
  });

  it('includes the seed question under Ownership and Insist on the Highest Standards', () => {
    expect(getProfile('ownership').canonical).toContain(SEED);
    expect(getProfile('highest-standards').canonical).toContain(SEED);
    expect(getProfile('caught-issue').canonical).toContain(SEED);
  });

  it.each(QUESTION_PROFILES.map((p) => [p.id, p] as const))('%s is complete and consistent', (_, p) => {
    expect(p.title.length).toBeGreaterThan(3);
    expect(p.canonical.length).toBeGreaterThanOrEqual(p.id === 'generic' ? 1 : 3);
    expect(p.mustShow.length).toBeGreaterThanOrEqual(1);
    for (const d of DIMENSIONS) expect(p.dimensions[d]).toBeGreaterThanOrEqual(0);
    // Structure and ownership apply to every story; reflection too.
    for (const d of ['ownership', 'reflection', 'structure'] as const) expect(p.dimensions[d], d).toBeGreaterThan(0);
    for (const f of p.findings ?? []) expect(FAMILY_FINDING_IDS).toContain(f);
    for (const id of Object.keys(p.adjust ?? {})) expect(FINDING_IDS as readonly string[]).toContain(id);
    // A meaning is only given for a dimension that applies.
    for (const d of Object.keys(p.meaning ?? {}) as Array<(typeof DIMENSIONS)[number]>) expect(p.dimensions[d], d).toBeGreaterThan(0);
  });

  it('asks for a scope boundary only where the work must be self-initiated', () => {
    const withScope = QUESTION_PROFILES.filter((p) => p.dimensions.scope > 0).map((p) => p.id);
    expect(withScope.sort()).toEqual(['caught-issue', 'ownership']);
    expect(QUESTION_PROFILES.filter((p) => p.selfInitiated).map((p) => p.id).sort()).toEqual(['caught-issue', 'ownership']);
  });

  it('gives the families the findings the issue names', () => {
    expect(getProfile('failure').findings).toEqual(expect.arrayContaining(['blames-others', 'missing-change']));
    for (const id of ['conflict', 'backbone'] as const) expect(getProfile(id).findings).toEqual(expect.arrayContaining(['missing-other-view', 'missing-data', 'missing-commitment']));
    for (const id of ['customer-obsession', 'difficult-customer'] as const) expect(getProfile(id).findings).toEqual(expect.arrayContaining(['missing-customer-need', 'missing-customer-outcome']));
  });

  it('falls back to the generic profile for an unknown id', () => {
    expect(getProfile('teamwork').id).toBe('generic');
  });
});

import { QUESTION_PROFILE_DATA } from '../data/questions';
import { isProfileId, PROFILE_IDS, type ProfileId } from './ids';
import type { QuestionProfile } from './types';

export type { QuestionProfile, FamilyFindingId } from './types';
export { FAMILY_FINDING_IDS } from './types';
export { PROFILE_IDS, isProfileId, QUESTION_SOURCES, type ProfileId, type QuestionSource } from './ids';

/** Every question profile, in display order: the seed's question, any question, Amazon's principles, then the common families. */
export const QUESTION_PROFILES: readonly QuestionProfile[] = PROFILE_IDS.map((id) => {
  const p = QUESTION_PROFILE_DATA.find((d) => d.id === id);
  if (!p) throw new Error(`no profile data for ${id}`);
  return p;
});

const BY_ID = new Map<string, QuestionProfile>(QUESTION_PROFILES.map((p) => [p.id, p]));

/** The profile for an id; an unknown id gets the `generic` profile. */
export function getProfile(id: string): QuestionProfile {
  return BY_ID.get(id) ?? BY_ID.get('generic')!;
}

export function profileOrNull(id: string): QuestionProfile | null {
  return isProfileId(id) ? BY_ID.get(id)! : null;
}

/** Whether a dimension is judged for this profile. */
export function applies(profile: QuestionProfile, d: keyof QuestionProfile['dimensions']): boolean {
  return profile.dimensions[d] > 0;
}

export function profileIds(): readonly ProfileId[] {
  return PROFILE_IDS;
}

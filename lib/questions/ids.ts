/**
 * Every question profile's id. `caught-issue` is the seed's question, `generic` any behavioural
 * question; then Amazon's sixteen Leadership Principles and the common families beyond Amazon.
 */
export const AMAZON_PROFILE_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop',
  'highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'backbone',
  'deliver-results',
  'best-employer',
  'broad-responsibility',
] as const;

export const COMMON_PROFILE_IDS = [
  'conflict',
  'failure',
  'leadership-without-authority',
  'tight-deadline',
  'difficult-customer',
  'influencing',
  'learning-fast',
] as const;

export const PROFILE_IDS = ['caught-issue', 'generic', ...AMAZON_PROFILE_IDS, ...COMMON_PROFILE_IDS] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export function isProfileId(id: unknown): id is ProfileId {
  return typeof id === 'string' && (PROFILE_IDS as readonly string[]).includes(id);
}

/** How the question an answer is coached for was chosen. */
export const QUESTION_SOURCES = ['default', 'page', 'draft', 'user'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

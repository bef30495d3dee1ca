import type { Dimension, Severity } from '../types';
import type { ProfileId } from './ids';

/** The family-specific findings a profile may ask for (each is one check in `lib/questions/checks/`). */
export const FAMILY_FINDING_IDS = [
  'blames-others',
  'unowned-mistake',
  'missing-change',
  'missing-other-view',
  'missing-data',
  'missing-commitment',
  'missing-customer-need',
  'missing-customer-outcome',
] as const;
export type FamilyFindingId = (typeof FAMILY_FINDING_IDS)[number];

/** What one question family asks of an answer. Pure data (`lib/data/questions.ts`). */
export interface QuestionProfile {
  id: ProfileId;
  /** A short name for badges and lists ("Have Backbone; Disagree and Commit"). */
  title: string;
  group: 'amazon' | 'common';
  /** The family's canonical questions; also the examples the matcher compares a page's question with. */
  canonical: string[];
  /** In plain words, what a strong answer to this family must show. */
  mustShow: string[];
  /**
   * Each dimension's weight in the overall score. 0 means the dimension does not apply: it is
   * neither scored nor flagged (no scope-boundary finding for a disagreement story).
   */
  dimensions: Record<Dimension, number>;
  /** What an applying dimension means for this family, where it differs from the seed's rubric. */
  meaning?: Partial<Record<Dimension, string>>;
  /** Family-specific findings this profile runs. */
  findings?: FamilyFindingId[];
  /**
   * Per general finding id: a different severity for this family, or `off` (the finding does not
   * apply: no "second-order effect" demanded of a conflict story).
   */
  adjust?: Partial<Record<string, Severity | 'off'>>;
  /** The work must be self-initiated (the seed's question): an assignment is a finding. */
  selfInitiated?: boolean;
}

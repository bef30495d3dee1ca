import { blamesOthers } from './blames-others';
import { missingChange } from './missing-change';
import { missingCommitment } from './missing-commitment';
import { missingCustomerNeed } from './missing-customer-need';
import { missingCustomerOutcome } from './missing-customer-outcome';
import { missingData } from './missing-data';
import { missingOtherView } from './missing-other-view';
import { unownedMistake } from './unowned-mistake';

/**
 * The question families' own checks. They run only for a profile that lists them
 * (`QuestionProfile.findings`); a test fails when a file here is missing from this list.
 */
export const FAMILY_CHECKS = [
  blamesOthers,
  unownedMistake,
  missingChange,
  missingOtherView,
  missingData,
  missingCommitment,
  missingCustomerNeed,
  missingCustomerOutcome,
] as const;

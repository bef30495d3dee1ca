import { architectureDetail } from './architecture-detail';
import { assigned } from './assigned';
import { assumedSuccess } from './assumed-success';
import { endToEnd } from './end-to-end';
import { genericReflection } from './generic-reflection';
import { handoff } from './handoff';
import { longSituation } from './long-situation';
import { missingAction } from './missing-action';
import { missingBusinessImpact } from './missing-business-impact';
import { missingMetric } from './missing-metric';
import { missingReflection } from './missing-reflection';
import { missingResult } from './missing-result';
import { missingScope } from './missing-scope';
import { missingSecondOrder } from './missing-second-order';
import { missingTradeoff } from './missing-tradeoff';
import { missingValidation } from './missing-validation';
import { noOwnAction } from './no-own-action';
import { opportunisticMotive } from './opportunistic-motive';
import { passiveAction } from './passive-action';
import { resultLast } from './result-last';
import { shallowReflection } from './shallow-reflection';
import { thinInvestigation } from './thin-investigation';
import { vagueResult } from './vague-result';
import { weAction } from './we-action';
import { unfilledPlaceholder } from './unfilled-placeholder';

/** Every check the engine runs, in rubric order. A test fails when a file under lib/checks/ is missing here. */
export const CHECKS = [
  weAction,
  passiveAction,
  handoff,
  noOwnAction,
  opportunisticMotive,
  assigned,
  missingScope,
  missingMetric,
  missingBusinessImpact,
  missingSecondOrder,
  vagueResult,
  assumedSuccess,
  missingValidation,
  genericReflection,
  missingReflection,
  shallowReflection,
  missingTradeoff,
  longSituation,
  architectureDetail,
  missingAction,
  missingResult,
  resultLast,
  thinInvestigation,
  endToEnd,
  unfilledPlaceholder,
] as const;

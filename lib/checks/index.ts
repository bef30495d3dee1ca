import type { Check } from './types';
import { weAction } from './we-action';

/** Every check the engine runs. A test fails when a file under lib/checks/ is missing from here. */
export const CHECKS: readonly Check[] = [weAction];

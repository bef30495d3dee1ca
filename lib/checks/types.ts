import type { AnalyzedDoc } from '../document';
import type { Dimension, Finding } from '../types';

/** One rubric check: reads the analysed draft, returns findings. Pure and synchronous. */
export interface Check {
  /** The finding kind(s) this check emits are prefixed by nothing: `id` is the primary finding id. */
  id: string;
  dimension: Dimension;
  run(doc: AnalyzedDoc): Finding[];
}

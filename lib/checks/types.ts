import type { AnalyzedDoc } from '../document';
import type { Finding } from '../types';
import type { FindingId } from '../findings';

/** One rubric check: reads the analysed draft, returns findings. Pure and synchronous. */
export interface Check {
  /** The finding id this check emits; the file is named after it. Its dimension comes from FINDING_KINDS. */
  id: FindingId;
  run(doc: AnalyzedDoc): Finding[];
}

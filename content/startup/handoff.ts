import type { Report } from '../../lib/types';
import type { Gestures } from './gesture';
import { handoverSlot } from './handover-slot';

/**
 * The contract between the start-up script and live coaching, which it imports on first use
 * (`content/live/`). Written here, on the start-up side, so the start-up code needs nothing from
 * the live side, not even its types.
 */

/** What the start-up script asks of live coaching when the extension sends a message. */
export interface Live {
  /** Scroll to a finding of the current report (`findingKey`) and open its card; false when not here. */
  reveal(key: string): boolean;
  pageInfo(): Promise<{ origin: string; liveEnabled: boolean }>;
  showSelectionReport(data: { text: string; report: Report }): boolean;
}

/**
 * The module the start-up script loads: `start` begins live coaching in a page (a document the
 * caller has claimed), `notice` shows a short message (no coaching needed for that).
 */
export interface LiveModule {
  start(
    page: Document,
    signal: AbortSignal,
    options: { isInvalid(): boolean; log?: (message: string, ...details: unknown[]) => void; gestures?: Gestures },
  ): Live;
  notice(page: Document, message: string): void;
}

/** The live-coaching module, loaded on demand into the content script's isolated world (`handoverSlot`). */
const liveModule = handoverSlot<LiveModule>('star-coach.live-module', 'the live-coaching module');
export const offerLiveModule = liveModule.offer;
export const takeLiveModule = liveModule.take;

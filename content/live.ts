import type { Draft, DraftReport } from '../platform/protocol';
import type { Report } from '../lib/types';
import { startCoach, type Coach, type DismissalStoreLike } from './coach';
import { showSelectionPanel, type SelectionPanel } from './selection-panel';
import { siteOrigin, startSettingsSync, type SettingsSource } from './settings-sync';
import { onAbort } from './teardown';

/**
 * Everything the content script does once it is needed: live coaching, the settings that steer
 * it, and the selection panel. This code is loaded on demand (`content/bootstrap.ts`), never on a
 * page where nobody writes.
 */
export interface LiveDeps {
  analyze(draft: Draft): Promise<DraftReport>;
  dismissals?: DismissalStoreLike;
  settings: SettingsSource;
  log?: (message: string, ...details: unknown[]) => void;
}

/** What the start-up script asks of live coaching when the extension sends a message. */
export interface Live {
  coach: Coach;
  pageInfo(): Promise<{ origin: string; liveEnabled: boolean }>;
  showSelectionReport(data: { text: string; report: Report }): boolean;
}

/** Start live coaching in `doc`, which the caller has claimed (`content/claim.ts`). */
export function startLive(doc: Document, deps: LiveDeps, signal: AbortSignal): Live {
  const log = deps.log ?? (() => {});
  const view = doc.defaultView;
  const origin = view ? siteOrigin(view.location) : 'null';
  // Settings are loaded when the coach first needs them (it follows a field, maybe while it
  // starts) or the popup asks; they reach the coach only after that load, so never before it exists.
  const sync = startSettingsSync(
    {
      refresh: () => coach.refresh(),
      setEnabled: (on) => coach.setEnabled(on),
      setLiveDimensions: (dimensions) => coach.setLiveDimensions(dimensions),
    },
    origin,
    deps.settings,
    signal,
    { log },
  );
  const coach = startCoach(doc, { analyze: deps.analyze, dismissals: deps.dismissals, prepare: sync.ensure, log }, signal, {
    claimed: true,
  });
  let panel: SelectionPanel | null = null;
  onAbort(signal, () => panel?.close());
  return {
    coach,
    pageInfo: sync.pageInfo,
    showSelectionReport(data) {
      panel?.close();
      panel = showSelectionPanel(doc, data);
      return true;
    },
  };
}

/**
 * The module the start-up script loads: `start` begins live coaching in a document, `notice`
 * shows a short message (no coaching needed for that).
 */
export interface LiveModule {
  start(doc: Document, signal: AbortSignal, options: { isInvalid(): boolean; log?: LiveDeps['log'] }): Live;
  notice(doc: Document, message: string): void;
}

import type { Draft, DraftReport } from '../../platform/protocol';
import type { SessionDeps } from './session-api';
import type { Live } from '../startup/handoff';
import { startCoach, type Coach, type DismissalStoreLike } from './coach';
import type { SelectionPanel } from './selection-panel';
import type { SelectionUi } from './chunks';
import { siteOrigin, startSettingsSync, type SettingsSource } from './settings-sync';
import { onAbort } from '../startup/teardown';
import type { Gestures } from '../startup/gesture';

/**
 * Everything the content script does once it is needed: live coaching, the settings that steer
 * it, and the selection panel. This code is loaded on demand (`content/bootstrap.ts`), never on a
 * page where nobody writes.
 */
export interface LiveDeps {
  analyze(draft: Draft): Promise<DraftReport>;
  dismissals?: DismissalStoreLike;
  /** Stop flagging a finding kind on this site, or flag it again (through the worker). */
  muteKind?: (site: string, kind: string, muted: boolean) => Promise<void>;
  settings: SettingsSource;
  /** The user's presses and typing, as the start-up script saw them (`content/startup/gesture.ts`). */
  gestures?: Gestures;
  /** Whether an event is the user's (default: the gestures'); tests stand in for the user with it. */
  fromUser?: (event: Event) => boolean;
  log?: (message: string, ...details: unknown[]) => void;
  /** The question profiles for the card's picker, and where a field's chosen question is remembered. */
  questions?: SessionDeps['questions'];
  chooseQuestion?: SessionDeps['chooseQuestion'];
  /** The selection panel's code, loaded the first time a selection report is shown (`content/live/chunks.ts`). */
  selectionUi(): Promise<SelectionUi>;
}

/** Live coaching as the start-up script drives it (`content/startup/handoff.ts`), and its coach. */
export interface StartedLive extends Live {
  coach: Coach;
}

/** Start live coaching in `page`, which the caller has claimed (`content/claim.ts`). */
export function startLive(page: Document, deps: LiveDeps, signal: AbortSignal): StartedLive {
  const log = deps.log ?? (() => {});
  const view = page.defaultView;
  const origin = view ? siteOrigin(view.location) : 'null';
  // Settings are loaded when the coach first needs them (it follows a field, maybe while it
  // starts) or the popup asks; they reach the coach only after that load, so never before it exists.
  const sync = startSettingsSync(
    {
      refresh: () => coach.refresh(),
      setEnabled: (on) => coach.setEnabled(on),
      setLiveDimensions: (dimensions) => coach.setLiveDimensions(dimensions),
      setMutedKinds: (bySite) => coach.setMutedKinds(bySite),
    },
    origin,
    deps.settings,
    signal,
    { log },
  );
  const { analyze, dismissals, muteKind, gestures, fromUser, questions, chooseQuestion } = deps;
  const coach = startCoach(page, { analyze, dismissals, muteKind, prepare: sync.ensure, gestures, fromUser, log, questions, chooseQuestion }, signal, {
    claimed: true,
  });
  let panel: SelectionPanel | null = null;
  /** The newest selection report asked for: one that arrives while the panel's code loads replaces it. */
  let asked = 0;
  onAbort(signal, () => panel?.close());
  return {
    coach,
    reveal: (key) => coach.reveal(key),
    pageInfo: sync.pageInfo,
    showSelectionReport(data) {
      const mine = ++asked;
      deps.selectionUi().then(
        (ui) => {
          if (signal.aborted || mine !== asked) return;
          panel?.close();
          panel = ui.showSelectionPanel(page, data);
        },
        (error: unknown) => log('the selection panel could not load', error),
      );
      return true;
    },
  };
}

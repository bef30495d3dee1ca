import { isSuperseded, type Draft, type DraftReport, type SupersededDraft } from './protocol';

/**
 * The engine's `MAX_TEXT_LENGTH` (lib/analyze.ts), repeated here so the content script does not
 * import the engine; a unit test holds the two equal.
 */
export const WIRE_TEXT_LIMIT = 50_000;

/** Raised for a draft the worker skipped because a newer one of the same field replaced it. */
export class SupersededError extends Error {
  constructor() {
    super('A newer draft of this field replaced this one');
    this.name = 'SupersededError';
  }
}

/**
 * A content script's `analyze` collaborator: sends a draft to the worker through `send` (the
 * `analyzeDraft` message) and gives back its report. Only what the engine reads goes over the wire
 * (a 10-million-character paste sends the first 50,001 characters: enough for the report to say it
 * was cut); the report comes back for the whole text the field holds, which is what the coach
 * compares with the field. A draft the worker skipped because a newer one replaced it rejects with
 * `SupersededError`: the newer draft's report is on its way, so the coach drops this one as it
 * drops any failed analysis.
 */
export function analyzeViaWorker(send: (draft: Draft) => Promise<DraftReport | SupersededDraft>): (draft: Draft) => Promise<DraftReport> {
  return async (draft) => {
    const sent = draft.text.length > WIRE_TEXT_LIMIT ? { ...draft, text: draft.text.slice(0, WIRE_TEXT_LIMIT + 1) } : draft;
    const outcome = await send(sent);
    if (isSuperseded(outcome)) throw new SupersededError();
    return outcome.text === sent.text ? { ...outcome, text: draft.text } : outcome;
  };
}

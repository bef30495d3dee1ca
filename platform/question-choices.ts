import { storage } from 'wxt/utils/storage';
import { isProfileId, type ProfileId } from '../lib/questions/ids';
import type { AnalyzeOptions } from '../lib/types';

/**
 * The question a user picked for a field, per site (origin) and field key (`content/live/field-question.ts`:
 * the field's id, name or label, never what was typed in it). Kept in `storage.local`, written
 * and read by the background worker only (content scripts ask it by message).
 */
export type QuestionChoices = Record<string, Record<string, ProfileId>>;

/** The newest choices kept per site; older ones are forgotten first. */
export const CHOICES_PER_SITE = 200;

let item: ReturnType<typeof define> | undefined;
const define = () => storage.defineItem<QuestionChoices>('local:question-choices', { fallback: {} });
/** Defined on first use (content scripts import this module's types; `storage.local` is closed to them). */
const choicesItem = (): ReturnType<typeof define> => (item ??= define());

/** `all` with the choice for `key` on `site` set, or removed when `id` is null (the question is detected again). */
export function withChoice(all: QuestionChoices, site: string, key: string, id: ProfileId | null): QuestionChoices {
  const entries = Object.entries(all[site] ?? {}).filter(([k]) => k !== key);
  if (id !== null) entries.push([key, id]);
  const next = { ...all };
  if (entries.length === 0) delete next[site];
  else next[site] = Object.fromEntries(entries.slice(-CHOICES_PER_SITE));
  return next;
}

/** The choice kept for a field, or null (anything stored that is not a profile id counts as none). */
export function choiceFor(all: QuestionChoices, site: string, key: string | undefined): ProfileId | null {
  if (!key) return null;
  const id = all[site]?.[key];
  return isProfileId(id) ? id : null;
}

export interface QuestionChoiceStore {
  get(site: string, key: string | undefined): Promise<ProfileId | null>;
  set(site: string, key: string, id: ProfileId | null): Promise<void>;
}

/**
 * The worker's store: read once, then kept in memory (a draft waits for no storage call), each
 * write in turn so two tabs of one site do not overwrite each other's.
 */
export function questionChoiceStore(): QuestionChoiceStore {
  let all: Promise<QuestionChoices> | undefined;
  const load = () =>
    (all ??= choicesItem().getValue().catch((error: unknown) => {
      all = undefined;
      throw error;
    }));
  let writes: Promise<unknown> = Promise.resolve();
  choicesItem().watch((value) => (all = Promise.resolve(value ?? {})));
  return {
    get: async (site, key) => choiceFor(await load(), site, key),
    set(site, key, id) {
      const write = async () => {
        const next = withChoice(await load(), site, key, id);
        all = Promise.resolve(next);
        await choicesItem().setValue(next);
      };
      const done = writes.then(write, write);
      writes = done.catch(() => {});
      return done;
    },
  };
}

/** Forget every question choice on every site. */
export async function eraseQuestionChoices(): Promise<void> {
  await choicesItem().removeValue();
}

/** A question match as the engine's matcher gives it (`lib/questions/match.ts`). */
export interface Match {
  id: ProfileId;
  confidence: number;
}

/**
 * The question options for a draft: the user's choice for the field wins; else the question the
 * page asks, when it matches a profile; else the settings' question. (The engine itself then
 * prefers a first line of the draft that is a question, unless the user chose.)
 */
export function questionOptions(
  chosen: ProfileId | null,
  pageText: string | null | undefined,
  fallback: ProfileId,
  match: (text: string) => Match | null,
): Pick<AnalyzeOptions, 'question' | 'questionSource' | 'questionConfidence'> {
  if (chosen) return { question: chosen, questionSource: 'user' };
  const m = pageText ? match(pageText) : null;
  if (m) return { question: m.id, questionSource: 'page', questionConfidence: m.confidence };
  return { question: fallback, questionSource: 'default' };
}

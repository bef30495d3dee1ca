import type { Draft, DraftReport, PageQuestion, QuestionOption } from '../../platform/protocol';
import type { Dimension } from '../../lib/types';
import type { Gestures } from '../startup/gesture';
import type { Source } from './sources/source';
import type { Placed, Snapshot, Surface } from './surfaces/surface';

// What a session needs and offers, and the state it keeps per field (`session.ts`).

export interface DismissalStoreLike {
  load(site: string): Promise<Set<string>>;
  add(site: string, hash: string): Promise<void>;
  remove(site: string, hash: string): Promise<void>;
}

export interface SessionDeps {
  /** Send a draft for analysis (the background worker, in the extension). */
  analyze(draft: Draft): Promise<DraftReport>;
  /** Wait this long after the last edit before analysing. */
  debounceMs?: number;
  log?: (message: string, ...details: unknown[]) => void;
  /** Where dismissals are remembered (per site, hashes only); in memory when absent. */
  dismissals?: DismissalStoreLike;
  /** Put a rewrite on the clipboard when the editor refuses it; resolves whether it worked. */
  copy?: (text: string) => Promise<boolean>;
  /**
   * Load what live coaching needs before its first analysis (the settings). Called once, when the
   * first field is followed, never on page load; analysis waits for it.
   */
  prepare?: () => Promise<void>;
  /**
   * Whether an event came from the user rather than the page's scripts; only such events start or
   * extend coaching and open cards. Default: the browser's `isTrusted`. The extension's own pages
   * (practice, welcome), whose scripts are ours, say yes to their own events.
   */
  fromUser?: (event: Event) => boolean;
  /** The user's presses and typing as the start-up script saw them (it hears the event that started coaching). */
  gestures?: Gestures;
  /**
   * Stop flagging (`muted: true`) or flag again a finding kind on this site (the worker keeps it in
   * the settings; for a content script it takes the site from the sender). Absent: no such action.
   */
  muteKind?: (site: string, kind: string, muted: boolean) => Promise<void>;
  /** The question profiles, for the card's picker; loaded with the settings. */
  questions?: () => Promise<QuestionOption[]>;
  /**
   * Remember the question the user picked for the field `key` on this site (null: detect it again).
   * The id is one of `questions()`; the worker checks it (the profiles' ids stay out of this script).
   */
  chooseQuestion?: (key: string, id: string | null) => Promise<void>;
}

/** A field as the session drives it: where its text comes from, and where its findings are drawn. */
export interface Target<S extends Snapshot = Snapshot> {
  source: Source<S>;
  surface: Surface<S>;
}

/** What the rest of the content script (settings, popup requests) can ask of live coaching. */
export interface Coach {
  /** Analyse every followed field again (settings changed). */
  refresh(): void;
  /** Turn live checking on or off for this page (the per-site switch); off clears every highlight. */
  setEnabled(enabled: boolean): void;
  /** Which dimensions are underlined live. */
  setLiveDimensions(dimensions: readonly Dimension[]): void;
  /** The finding kinds muted per site (the settings' `mutedKinds`); this page's are not drawn. */
  setMutedKinds(bySite: Readonly<Record<string, readonly string[]>>): void;
  /** The report last drawn for the field written in most recently. */
  current(): DraftReport | null;
  /**
   * Scroll to a finding of the current report (`findingKey(finding)`, see `platform/protocol.ts`)
   * and open its card. Returns false when the finding is not on the page any more.
   */
  reveal(key: string): boolean;
}

/** One session per page: every field it follows, whatever its source and surface. */
export interface Session extends Coach {
  /**
   * Follow the field at `element` (made by `create` the first time) as the one written in now;
   * `analyseNow` when it holds text worth a report and has none yet.
   */
  follow(element: Element, create: () => Target, options?: { analyseNow?: boolean }): void;
  /**
   * The field at `element` may have changed: move its findings with the edit, and analyse after a
   * pause unless `analyse` is false (a change the page's own script made).
   */
  changed(element: Element, options?: { analyse?: boolean }): void;
  /** Whether a field at `element` is followed. */
  follows(element: Element): boolean;
  /** Follow the page's layout (scroll, resize, zoom): surfaces, badges and an open card. */
  layout(): void;
  /** Hear the coach's keys in another document too (Docs types in an iframe of its own). */
  hearKeysIn(document: Document): void;
}

/** A followed field. */
export interface FieldState {
  target: Target;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The last report accepted for this field. */
  last?: DraftReport;
  /** Settings changed since `last`: analyse again even if the text did not change. */
  stale: boolean;
  /** What the source read last, which `placed` refers to. */
  snapshot: Snapshot | null;
  placed: Placed[];
  visible: boolean;
  /** Analysis waits until the field is on screen. */
  pending: boolean;
  /** Reads in a row that gave nothing: a source that stays silent is asked ten times less often. */
  misses: number;
  /** Bumped by every analysis, so an older one that finishes late is dropped. */
  seq: number;
  /** What the page said about the field at the last analysis: its question and key. */
  question?: PageQuestion;
  /** A rewrite with placeholders was applied here: the next report opens the card of its first placeholder. */
  afterApply?: number;
}

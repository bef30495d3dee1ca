/** What a superseded request resolves to: a newer draft of the same field took its place in the queue. */
export const SUPERSEDED = 'superseded' as const;
export type Superseded = typeof SUPERSEDED;

/** Turns of the event loop without a new request after which the queue is taken as complete. */
const QUIET_TURNS = 3;
/** However busy the messages keep the loop, the next analysis starts after this many turns. */
const MAX_TURNS = 64;

interface Pending<T> {
  run: () => T | Promise<T>;
  resolve: (value: T | Superseded) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs analyses one at a time, fairly across tabs. Each tab has a queue holding only the latest
 * request per field: a newer draft of a field replaces the queued one, which resolves as
 * `SUPERSEDED`. Tabs take turns (round-robin), one request per turn, so however much a tab sends,
 * another tab's request waits for at most the analysis already running and one of each other tab's.
 * Between two analyses the scheduler yields to the event loop until it has been quiet for a few
 * turns, so that every request that reached the worker during an analysis is queued before the next
 * one is chosen: a message arrives as several tasks (Chrome opens a channel, then delivers), and one
 * turn of the loop lets only some of them through, which would hand the worker to whichever tab's
 * messages were delivered first.
 */
export class FairScheduler {
  /** Tabs with queued work, in turn order; each tab's fields in the order they were queued. */
  private readonly queues = new Map<number, Map<string, Pending<unknown>>>();
  private running = false;
  /** The tab whose request ran last: it waits behind any other tab with work. */
  private lastTab: number | undefined;
  /** Requests ever submitted: a yield that adds none is a quiet one. */
  private submissions = 0;

  constructor(private readonly pause: () => Promise<void> = () => new Promise((ok) => setTimeout(ok, 0))) {}

  /** Queue `run` for a tab's field; the promise gives its result, or `SUPERSEDED` when a newer one replaced it. */
  submit<T>(tab: number, field: string, run: () => T | Promise<T>): Promise<T | Superseded> {
    return new Promise<T | Superseded>((resolve, reject) => {
      let queue = this.queues.get(tab);
      if (!queue) {
        queue = new Map();
        this.queues.set(tab, queue);
      }
      this.submissions++;
      const previous = queue.get(field);
      // The field keeps its place in its tab's queue; only the work changes.
      queue.set(field, { run, resolve, reject } as Pending<unknown>);
      previous?.resolve(SUPERSEDED);
      if (!this.running) void this.drain();
    });
  }

  /** Requests waiting (not the one running). */
  get queued(): number {
    let n = 0;
    for (const queue of this.queues.values()) n += queue.size;
    return n;
  }

  /** Requests waiting, per tab. */
  queuedByTab(): Record<number, number> {
    return Object.fromEntries([...this.queues].map(([tab, queue]) => [tab, queue.size]));
  }

  private next(): Pending<unknown> | undefined {
    let tab: number | undefined;
    for (const candidate of this.queues.keys()) {
      tab ??= candidate;
      if (candidate !== this.lastTab) {
        tab = candidate;
        break;
      }
    }
    if (tab === undefined) return undefined;
    const queue = this.queues.get(tab)!;
    const [field, pending] = queue.entries().next().value!;
    this.lastTab = tab;
    queue.delete(field);
    // The tab goes to the back of the turn order (Map keeps insertion order).
    this.queues.delete(tab);
    if (queue.size > 0) this.queues.set(tab, queue);
    return pending;
  }

  /** Yield until `QUIET_TURNS` turns in a row bring no request (at most `MAX_TURNS`). */
  private async settle(): Promise<void> {
    let quiet = 0;
    for (let turn = 0; turn < MAX_TURNS && quiet < QUIET_TURNS; turn++) {
      const seen = this.submissions;
      await this.pause();
      quiet = this.submissions === seen ? quiet + 1 : 0;
    }
  }

  private async drain(): Promise<void> {
    this.running = true;
    await Promise.resolve(); // never run a job inside `submit` itself
    try {
      for (let job = this.next(); job; job = this.next()) {
        try {
          job.resolve(await job.run());
        } catch (error) {
          job.reject(error);
        }
        await this.settle();
      }
    } finally {
      this.running = false;
    }
  }
}

/** What a superseded request resolves to: a newer draft of the same field took its place in the queue. */
export const SUPERSEDED = 'superseded' as const;
export type Superseded = typeof SUPERSEDED;

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
 * Between two analyses the scheduler yields to the event loop, so requests that arrived during an
 * analysis are queued before the next one is chosen.
 */
export class FairScheduler {
  /** Tabs with queued work, in turn order; each tab's fields in the order they were queued. */
  private readonly queues = new Map<number, Map<string, Pending<unknown>>>();
  private running = false;
  /** The tab whose request ran last: it waits behind any other tab with work. */
  private lastTab: number | undefined;

  constructor(private readonly pause: () => Promise<void> = () => new Promise((ok) => setTimeout(ok, 0))) {}

  /** Queue `run` for a tab's field; the promise gives its result, or `SUPERSEDED` when a newer one replaced it. */
  submit<T>(tab: number, field: string, run: () => T | Promise<T>): Promise<T | Superseded> {
    return new Promise<T | Superseded>((resolve, reject) => {
      let queue = this.queues.get(tab);
      if (!queue) {
        queue = new Map();
        this.queues.set(tab, queue);
      }
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
        await this.pause();
      }
    } finally {
      this.running = false;
    }
  }
}

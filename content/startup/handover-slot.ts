/**
 * How code loaded on demand into the content script's isolated world hands itself over. Those
 * files are scripts (WXT builds them as such), not ES modules with exports, so each leaves what it
 * offers under a symbol on the isolated world's global object, which the page cannot see.
 */
export interface HandoverSlot<T> {
  offer(value: T, global?: object): void;
  /** What was offered; throws when nothing was (the file did not load). */
  take(global?: object): T;
}

export function handoverSlot<T>(name: string, what: string): HandoverSlot<T> {
  const key = Symbol.for(name);
  type Holder = { [key]?: T };
  return {
    offer: (value, global = globalThis) => {
      (global as Holder)[key] = value;
    },
    take: (global = globalThis) => {
      const value = (global as Holder)[key];
      if (!value) throw new Error(`${what} did not load`);
      return value;
    },
  };
}

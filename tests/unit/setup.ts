import { beforeAll, beforeEach } from 'vitest';
import { resetTestSender, testSender } from './test-sender';

/**
 * WXT's fake browser is promise-only, while @webext-core/messaging v4 calls
 * `chrome.runtime.sendMessage(message, callback)` and answers through `sendResponse`. Adapt it so
 * messages sent in a unit test reach the handlers, from the sender `test-sender.ts` names.
 * Installed in beforeAll: WXT's own setup re-stubs `chrome` after user setup files run.
 */
beforeAll(() => {
  const g = globalThis as unknown as { chrome?: { runtime?: Record<string, unknown> } };
  const runtime = g.chrome?.runtime as
    | {
        sendMessage: (message: unknown) => Promise<unknown>;
        onMessage: { addListener: (fn: unknown) => void; trigger: (m: unknown, s: unknown) => Promise<unknown[]> };
        lastError?: unknown;
        __adapted?: boolean;
      }
    | undefined;
  if (!runtime || runtime.__adapted) return;
  runtime.lastError = undefined;
  runtime.sendMessage = ((message: unknown, callback?: (r: unknown) => void) => {
    const p = runtime.onMessage.trigger(message, testSender()).then((all) => all.find((r) => r !== undefined));
    if (callback) void p.then(callback);
    return p;
  }) as typeof runtime.sendMessage;
  const events = runtime.onMessage as unknown as { addListener(fn: unknown): void; removeListener(fn: unknown): void };
  const add = events.addListener.bind(events);
  const remove = events.removeListener.bind(events);
  const wrappers = new Map<unknown, unknown>();
  events.addListener = (fn: unknown) => {
    const listener = fn as (m: unknown, s: unknown, respond: (r: unknown) => void) => unknown;
    const wrapper = (message: unknown, sender: unknown) =>
      new Promise((resolve) => {
        const keep = listener(message, sender, resolve);
        if (keep !== true) resolve(undefined);
      });
    wrappers.set(fn, wrapper);
    add(wrapper);
  };
  events.removeListener = (fn: unknown) => {
    remove(wrappers.get(fn) ?? fn);
    wrappers.delete(fn);
  };
  runtime.__adapted = true;
});

beforeEach(() => resetTestSender());

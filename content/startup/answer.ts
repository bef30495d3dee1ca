import type { TabProtocol } from '../../platform/protocol';

/** The part of `chrome.runtime.onMessage` this needs. */
export interface MessageEvents {
  addListener(listener: (message: unknown, sender: unknown, respond: (response: unknown) => void) => boolean | undefined): void;
  removeListener(listener: (message: unknown, sender: unknown, respond: (response: unknown) => void) => boolean | undefined): void;
}

type Handlers = {
  [K in keyof TabProtocol]?: (message: { data: Parameters<TabProtocol[K]>[0] }) => ReturnType<TabProtocol[K]> | Promise<ReturnType<TabProtocol[K]>>;
};

/**
 * Answer messages of the tab protocol (`platform/protocol.ts`) with one plain listener, for the start-up
 * content script, which runs in every frame of every page and so carries no messaging library.
 * It speaks @webext-core/messaging's wire format, which every sender uses: a message is
 * `{ type, data, timestamp, id }`; the answer is `{ res }`, or `{ err }` with the error's name,
 * message and stack. (`tests/unit/content/answer.test.ts` holds it to the library's `sendMessage`.)
 * Messages of other types are left to other listeners. Returns the function that stops answering.
 */
export function answerMessages(events: MessageEvents, handlers: Handlers): () => void {
  const listener = (message: unknown, _sender: unknown, respond: (response: unknown) => void): boolean | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, timestamp } = message as { type?: unknown; timestamp?: unknown };
    if (typeof type !== 'string' || typeof timestamp !== 'number' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof TabProtocol] as ((m: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    new Promise((resolve) => resolve(handler(message))).then(
      (res) => respond({ res }),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        respond({ err: { name: e.name, message: e.message, stack: e.stack ?? '' } });
      },
    );
    return true; // the answer comes asynchronously
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

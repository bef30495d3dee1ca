import { CONNECT, HANDSHAKE_ATTRIBUTE, parseReply, type Reply, type Request } from './protocol';

/** What the coach can ask of the main-world hook. */
export interface DocsBridge {
  /** Docs' text and caret through the hook, or null when the hook gives nothing. */
  read(): Promise<{ text: string; caret: number | null } | null>;
  /** Move Docs' selection; false when the hook could not. */
  select(start: number, end: number): Promise<boolean>;
}

const REPLY_TIMEOUT_MS = 2500;

function nonce(win: Window & typeof globalThis): string {
  const bytes = new Uint8Array(16);
  win.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The isolated-world half of the channel (see protocol.ts). Call at document_start: it hands the
 * hook this extension's id and a nonce through an attribute on <html>, then a MessagePort.
 */
export function openBridge(win: Window & typeof globalThis, extensionId: string, signal: AbortSignal): DocsBridge {
  const root = win.document.documentElement;
  const secret = nonce(win);
  root?.setAttribute(HANDSHAKE_ATTRIBUTE, JSON.stringify({ id: extensionId, nonce: secret }));
  const channel = new MessageChannel();
  const pending = new Map<number, (reply: Reply | null) => void>();
  let seq = 0;
  channel.port1.onmessage = (event: MessageEvent) => {
    const reply = parseReply(event.data);
    if (!reply) return;
    pending.get(reply.seq)?.(reply);
  };
  win.postMessage({ type: CONNECT, nonce: secret }, win.location.origin, [channel.port2]);
  // If no hook took the handshake (it did not run), leave no trace on the page.
  win.addEventListener('DOMContentLoaded', () => root?.removeAttribute(HANDSHAKE_ATTRIBUTE), { once: true, signal });
  signal.addEventListener('abort', () => {
    channel.port1.close();
    for (const done of pending.values()) done(null);
  });

  const ask = (request: Request): Promise<Reply | null> => {
    if (signal.aborted) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(null), REPLY_TIMEOUT_MS);
      const finish = (reply: Reply | null) => {
        clearTimeout(timer);
        pending.delete(request.seq);
        resolve(reply);
      };
      pending.set(request.seq, finish);
      channel.port1.postMessage(request);
    });
  };

  return {
    async read() {
      const reply = await ask({ kind: 'read', seq: ++seq });
      return reply?.kind === 'text' ? { text: reply.text, caret: reply.caret } : null;
    },
    async select(start, end) {
      const reply = await ask({ kind: 'select', seq: ++seq, start, end });
      return reply?.kind === 'selected' && reply.ok;
    },
  };
}

import { ANNOTATE_FLAG, ANNOTATED_TEXT_GETTER, caretOf, isDocsUrl, type AnnotatedText } from './docs-page';
import { CONNECT, HANDSHAKE_ATTRIBUTE, MAX_TEXT, parseHandshake, parseRequest, type Handshake, type Reply, type Request } from './protocol';

/** How long the hook waits for Docs' annotated-text promise. */
const GETTER_TIMEOUT_MS = 2000;

/**
 * The main-world half of the Docs adapter, run at document_start: set Docs' flag to this
 * extension's id, then answer the coach's `read`/`select` requests over the private port. It never
 * throws into the page and does nothing on any other page.
 */
export function installHook(win: Window & typeof globalThis): void {
  if (!isDocsUrl(win.location.href)) return;
  // The page's scripts run after this one and may patch built-ins; keep the originals we rely on.
  const apply = Reflect.apply;
  const stopImmediate = win.Event.prototype.stopImmediatePropagation;
  const getter = (key: 'ports' | 'data' | 'source') => {
    const get = Object.getOwnPropertyDescriptor(win.MessageEvent.prototype, key)?.get;
    return (e: MessageEvent): unknown => (get ? apply(get, e, []) : e[key]);
  };
  const portsOf = getter('ports');
  const dataOf = getter('data');
  const sourceOf = getter('source');
  const listen = win.EventTarget.prototype.addEventListener;
  const listenOnWindow = win.addEventListener.bind(win);
  const unlistenOnWindow = win.removeEventListener.bind(win);
  const post = win.MessagePort.prototype.postMessage;
  const startPort = win.MessagePort.prototype.start;
  const root = win.document.documentElement;
  if (!root) return;
  let handshake: Handshake | null = null;
  let port: MessagePort | null = null;

  const take = (): boolean => {
    const raw = root.getAttribute(HANDSHAKE_ATTRIBUTE);
    if (raw === null) return false;
    root.removeAttribute(HANDSHAKE_ATTRIBUTE);
    handshake = parseHandshake(raw);
    if (handshake) (win as unknown as Record<string, unknown>)[ANNOTATE_FLAG] = handshake.id;
    return true;
  };
  // The coach's document_start script may run before or after this one: either way the flag is set
  // before any page script runs (a mutation observer's callback is a microtask).
  if (!take()) {
    const observer = new MutationObserver(() => {
      if (take()) observer.disconnect();
    });
    observer.observe(root, { attributes: true, attributeFilter: [HANDSHAKE_ATTRIBUTE] });
    win.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true });
  }

  const onConnect = (event: MessageEvent) => {
    const data = dataOf(event) as { type?: unknown; nonce?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== CONNECT) return;
    // Registered first and capturing: no page listener sees the port or the nonce.
    apply(stopImmediate, event, []);
    const offered = (portsOf(event) as readonly MessagePort[])[0];
    const source = sourceOf(event) as unknown;
    if (port || !handshake || source !== win || data.nonce !== handshake.nonce || !offered) return;
    const taken: MessagePort = offered;
    port = taken;
    unlistenOnWindow('message', onConnect, { capture: true });
    apply(listen, taken, [
      'message',
      (e: MessageEvent) => {
        const request = parseRequest(dataOf(e));
        if (request) void answer(request).then((reply) => apply(post, taken, [reply]));
      },
    ]);
    apply(startPort, taken, []);
  };
  listenOnWindow('message', onConnect, { capture: true });

  const annotated = async (): Promise<AnnotatedText | null> => {
    try {
      const getter = (win as unknown as Record<string, unknown>)[ANNOTATED_TEXT_GETTER];
      if (typeof getter !== 'function') return null;
      const value: unknown = await Promise.race([
        Promise.resolve(apply(getter as (...a: unknown[]) => unknown, win, [])),
        new Promise((ok) => setTimeout(() => ok(null), GETTER_TIMEOUT_MS)),
      ]);
      if (!value || typeof value !== 'object') return null;
      const v = value as Record<string, unknown>;
      return typeof v.getText === 'function' ? (value as AnnotatedText) : null;
    } catch {
      return null;
    }
  };

  const answer = async (request: Request): Promise<Reply> => {
    const unavailable: Reply = { kind: 'unavailable', seq: request.seq };
    const model = await annotated();
    if (!model) return unavailable;
    try {
      if (request.kind === 'select') {
        if (typeof model.setSelection !== 'function') return { kind: 'selected', seq: request.seq, ok: false };
        model.setSelection(request.start, request.end);
        return { kind: 'selected', seq: request.seq, ok: true };
      }
      const text: unknown = model.getText();
      if (typeof text !== 'string') return unavailable;
      let caret: number | null = null;
      try {
        caret = typeof model.getSelection === 'function' ? caretOf(model.getSelection()) : null;
      } catch {
        caret = null;
      }
      return { kind: 'text', seq: request.seq, text: text.slice(0, MAX_TEXT), caret: caret !== null && caret <= MAX_TEXT ? caret : null };
    } catch {
      return request.kind === 'select' ? { kind: 'selected', seq: request.seq, ok: false } : unavailable;
    }
  };
}

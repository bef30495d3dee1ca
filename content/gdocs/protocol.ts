/**
 * The narrow channel between the main-world hook (which can call Docs' functions) and the coach in
 * the content script's isolated world.
 *
 * Handshake, all before any page script runs (both scripts run at document_start):
 * 1. The coach writes `{id, nonce}` into a data attribute on <html>; the hook reads and removes it
 *    (the extension id for Docs' flag, and a nonce the page never sees).
 * 2. The coach posts one MessagePort to the window with that nonce; the hook's capturing listener,
 *    registered first, takes it and stops the event, so page listeners never see the port.
 * After that the two sides talk only over the port. The coach asks `read` or `select`; the hook
 * answers with text and a selection, nothing else. Whatever arrives is validated here, so even a
 * forged message could only hand the coach some text to analyse, which is all the page could do by
 * typing it.
 */

export const HANDSHAKE_ATTRIBUTE = 'data-star-coach-docs';
export const CONNECT = 'star-coach-docs-connect';
/** The longest text the hook passes on (Docs documents beyond this are not coached). */
export const MAX_TEXT = 1_000_000;

export interface Handshake {
  id: string;
  nonce: string;
}

export function parseHandshake(raw: string | null): Handshake | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    if (!v || typeof v !== 'object') return null;
    const { id, nonce } = v as Record<string, unknown>;
    // Chrome's ids are 32 letters; Firefox's add-on ids are a braced UUID or an email-like name.
    if (typeof id !== 'string' || !/^(\{[0-9a-f-]{36}\}|[a-z0-9_.@-]{1,80})$/i.test(id)) return null;
    if (typeof nonce !== 'string' || !/^[a-z0-9]{16,64}$/i.test(nonce)) return null;
    return { id, nonce };
  } catch {
    return null;
  }
}

/** isolated → main */
export type Request = { kind: 'read'; seq: number } | { kind: 'select'; seq: number; start: number; end: number };

/** main → isolated */
export type Reply =
  | { kind: 'text'; seq: number; text: string; caret: number | null }
  | { kind: 'selected'; seq: number; ok: boolean }
  | { kind: 'unavailable'; seq: number };

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TEXT;
const isSeq = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A request the hook will act on, or null (the hook ignores anything else). */
export function parseRequest(data: unknown): Request | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (!isSeq(d.seq)) return null;
  if (d.kind === 'read') return { kind: 'read', seq: d.seq };
  if (d.kind === 'select' && isIndex(d.start) && isIndex(d.end) && d.start <= d.end) {
    return { kind: 'select', seq: d.seq, start: d.start, end: d.end };
  }
  return null;
}

/** A reply the coach accepts, or null: only text, a caret index and yes/no ever come through. */
export function parseReply(data: unknown): Reply | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (!isSeq(d.seq)) return null;
  switch (d.kind) {
    case 'text':
      if (typeof d.text !== 'string' || d.text.length > MAX_TEXT) return null;
      if (d.caret !== null && !isIndex(d.caret)) return null;
      return { kind: 'text', seq: d.seq, text: d.text, caret: d.caret as number | null };
    case 'selected':
      return typeof d.ok === 'boolean' ? { kind: 'selected', seq: d.seq, ok: d.ok } : null;
    case 'unavailable':
      return { kind: 'unavailable', seq: d.seq };
    default:
      return null;
  }
}

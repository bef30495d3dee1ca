import type { Finding } from '../../lib/types';

/** 53-bit string hash (cyrb53): small, fast and well spread; not for secrets. */
export function hashString(input: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Context is the finding's sentence, bounded so a run-on paragraph does not make it huge. */
const MAX_CONTEXT = 200;

/** The sentence around `[start, end)`: from after the previous terminator to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_CONTEXT && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_CONTEXT && !/[.!?\n]/.test(text[to]!)) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}

/**
 * This install's random salt (made once by the worker), so a stored hash cannot be matched against
 * a guessed sentence hashed elsewhere. Set by the entrypoint before any report is drawn.
 */
let installSalt = '';
export function setDismissalSalt(salt: string): void {
  installSalt = salt;
}

/**
 * What a dismissal remembers: a hash of the finding's kind, its words and the sentence they are in,
 * so the same finding stays dismissed wherever its sentence moves and edits elsewhere do not bring
 * it back, while a new one is shown. A finding without a span is keyed by its kind and message.
 * The text itself is never kept.
 */
export function dismissalHash(text: string, finding: Finding, salt = installSalt): string {
  const prefix = salt ? `${salt}\u0000` : '';
  if (finding.start === undefined || finding.end === undefined) {
    return hashString(`${prefix}${finding.id}\u0000${finding.message}`);
  }
  const words = text.slice(finding.start, finding.end);
  return hashString(`${prefix}${finding.id}\u0000${words}\u0000${sentenceAround(text, finding.start, finding.end)}`);
}


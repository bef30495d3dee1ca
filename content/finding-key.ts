import type { Finding } from '../lib/types';

/**
 * A finding's key within one report: what the popup passes to `Coach.reveal` to open its card.
 * Stable for the same finding of the same text.
 */
export function findingKey(finding: Finding): string {
  return `${finding.id}@${finding.start ?? '-'}-${finding.end ?? '-'}`;
}

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

/** Characters of context on each side that a dismissal is tied to. */
const CONTEXT = 32;

/**
 * What a dismissal remembers: a hash of the finding's kind, its words and the words around them,
 * so the same finding in the same sentence stays dismissed wherever it moves, and a new one is
 * shown. A finding without a span is keyed by its kind and message. The text itself is never kept.
 */
export function dismissalHash(text: string, finding: Finding): string {
  if (finding.start === undefined || finding.end === undefined) {
    return hashString(`${finding.id}\u0000${finding.message}`);
  }
  const before = text.slice(Math.max(0, finding.start - CONTEXT), finding.start);
  const words = text.slice(finding.start, finding.end);
  const after = text.slice(finding.end, finding.end + CONTEXT);
  return hashString(`${finding.id}\u0000${before}\u0000${words}\u0000${after}`);
}

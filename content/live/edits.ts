import type { Finding } from '../../lib/types';

/** The part of a text that one edit changed: `[start, oldEnd)` in the old text became `[start, newEnd)`. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single change that turns `before` into `after` (common prefix and suffix kept). */
export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

type Span = { start: number; end: number };

/** A span after a change: shifted when the change is outside it, null when its text was touched. */
function shiftSpan(span: Span, change: TextChange): Span | null {
  const delta = change.newEnd - change.oldEnd;
  if (span.end <= change.start) return span;
  if (span.start >= change.oldEnd) return { start: span.start + delta, end: span.end + delta };
  return null;
}

/**
 * Findings made for `before`, moved onto `after`: a finding keeps its place when the edit is
 * elsewhere and is dropped when its own words (or the words its rewrite replaces) changed.
 * Findings without a span (something missing) stay until the next report.
 */
export function shiftFindings<T extends { finding: Finding }>(before: string, after: string, items: readonly T[]): T[] {
  const change = diffText(before, after);
  if (!change) return [...items];
  const out: T[] = [];
  for (const item of items) {
    const f = item.finding;
    let moved: Finding = f;
    if (f.start !== undefined && f.end !== undefined) {
      const span = shiftSpan({ start: f.start, end: f.end }, change);
      if (!span) continue;
      moved = { ...moved, ...span };
    }
    if (f.suggestion?.replaces) {
      const span = shiftSpan(f.suggestion.replaces, change);
      if (!span) continue;
      moved = { ...moved, suggestion: { ...f.suggestion, replaces: span } };
    }
    out.push({ ...item, finding: moved });
  }
  return out;
}

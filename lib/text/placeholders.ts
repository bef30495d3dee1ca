/**
 * `[placeholders]`: the facts a suggestion leaves for the writer to fill ("[metric] went from [X] to
 * [Y]"). Text inside one is never evidence of anything, so the engine reads the draft with every
 * placeholder blanked out (same length, so every offset stays exact) and reports each one left.
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * A bracketed stretch on one line, short enough to be a placeholder rather than a quoted passage,
 * with no control character in it ("ESC [ H … ESC ]" is a terminal's control sequence, not a placeholder).
 */
// eslint-disable-next-line no-control-regex -- control characters are what a placeholder cannot hold
const PLACEHOLDER = /\[[^[\]\n\u0000-\u001f\u007f-\u009f]{1,80}\]/g;

export function findPlaceholders(text: string): Span[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text with each placeholder replaced by spaces of the same length. */
export function maskPlaceholders(text: string, spans: readonly Span[] = findPlaceholders(text)): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

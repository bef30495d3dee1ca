/**
 * From text offsets to positions on Docs' canvas: each line rectangle's label is found in the
 * document text in order, which gives the line's offsets; a finding's span then becomes pieces of
 * lines, and each piece a horizontal fraction of its rectangle by measured text width.
 */

export interface LineSpan {
  start: number;
  end: number;
}

/** Where each label sits in `text` (null when a label cannot be found after the previous one). */
export function locateLines(text: string, labels: readonly string[]): (LineSpan | null)[] {
  let cursor = 0;
  return labels.map((label) => {
    if (!label) return null;
    let at = text.indexOf(label, cursor);
    let length = label.length;
    if (at < 0) {
      // Docs may label with plain spaces where the text has non-breaking ones, or drop a trailing space.
      const loose = label.replace(/\u00a0/g, ' ').trimEnd();
      const hay = text.replace(/\u00a0/g, ' ');
      at = loose ? hay.indexOf(loose, cursor) : -1;
      length = loose.length;
    }
    if (at < 0) return null;
    cursor = at + length;
    return { start: at, end: at + length };
  });
}

export interface Piece {
  /** Index into the lines. */
  line: number;
  /** Character offsets within the line's label. */
  from: number;
  to: number;
}

/** The parts of [start, end) on each line it crosses. */
export function piecesFor(lines: readonly (LineSpan | null)[], start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  lines.forEach((line, i) => {
    if (!line || line.end <= start || line.start >= end) return;
    const from = Math.max(start, line.start) - line.start;
    const to = Math.min(end, line.end) - line.start;
    if (to > from) pieces.push({ line: i, from, to });
  });
  return pieces;
}

/**
 * The horizontal fractions [left, right] of a line's rectangle that characters [from, to) cover.
 * `measure` gives a string's drawn width; without a font, character counts stand in for it.
 */
export function fractionsOf(
  label: string,
  from: number,
  to: number,
  measure: (s: string) => number = (s) => s.length,
): [number, number] {
  const total = measure(label);
  if (!(total > 0)) return [0, 1];
  const clamp = (n: number) => Math.min(1, Math.max(0, n));
  return [clamp(measure(label.slice(0, from)) / total), clamp(measure(label.slice(0, to)) / total)];
}

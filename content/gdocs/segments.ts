/**
 * Which part of a Docs document to coach: the answer the caret is in. An answer is the run of
 * paragraphs between headings or blank-line breaks. The hook's text carries no styles, so a
 * heading is recognised by its shape: a short line without closing punctuation, or a question.
 */

export interface Span {
  start: number;
  end: number;
}

/** Characters that are not text: Docs' leading \u0003 and other control marks (not \n, \t or \v). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

export function isHeading(line: string): boolean {
  const t = line.replace(CONTROL, '').trim();
  if (!t) return false;
  const words = t.split(/\s+/).length;
  if (t.endsWith('?')) return words <= 30;
  return words <= 10 && t.length <= 80 && !/[.!,;:…"'”’)\]]$/.test(t);
}

/** The answers in a document, in order, each trimmed of surrounding whitespace. */
export function segmentAnswers(text: string): Span[] {
  const answers: Span[] = [];
  let current: Span | null = null;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const clean = line.replace(CONTROL, ' ');
    if (!clean.trim() || isHeading(clean)) {
      if (current) answers.push(current);
      current = null;
      continue;
    }
    const lead = clean.length - clean.trimStart().length;
    const end = start + clean.trimEnd().length;
    if (current) current.end = end;
    else current = { start: start + lead, end };
  }
  if (current) answers.push(current);
  return answers;
}

/**
 * The span to analyse: the answer holding the caret (or the next one after it, or the last one);
 * with no caret, the whole document from its first answer to its last. A document of headings only
 * (a draft without closing punctuation yet) is analysed whole.
 */
export function scopeFor(text: string, caret: number | null): Span | null {
  const answers = segmentAnswers(text);
  if (answers.length === 0) {
    const clean = text.replace(CONTROL, ' ');
    const lead = clean.length - clean.trimStart().length;
    const end = clean.trimEnd().length;
    return end > lead ? { start: lead, end } : null;
  }
  if (caret === null || answers.length === 1) {
    return { start: answers[0]!.start, end: answers[answers.length - 1]!.end };
  }
  return (
    answers.find((a) => caret >= a.start && caret <= a.end) ??
    answers.find((a) => a.start > caret) ??
    answers[answers.length - 1]!
  );
}

/**
 * The heading above the answer that starts at `start` (the question it answers in a prep
 * document): the nearest heading line before it, skipping blank lines, or null when another
 * answer or nothing comes first.
 */
export function headingAbove(text: string, start: number): string | null {
  const lines = text.slice(0, start).split('\n');
  lines.pop(); // the answer's own first line, up to `start`
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.replace(CONTROL, ' ').trim();
    if (!line) continue;
    return isHeading(line) ? line : null;
  }
  return null;
}

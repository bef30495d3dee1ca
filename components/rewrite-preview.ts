/** A run of words in a preview, changed by the rewrite or kept. */
export interface Piece {
  text: string;
  changed: boolean;
}

/** The sentence a rewrite touches, as it is and as it will be after Apply. */
export interface RewritePreview {
  before: Piece[];
  after: Piece[];
}

const SENTENCE_END = /[.!?]["”’)]*(?=\s|$)|\n/g;

/** The sentences of `text` as [start, end) bounds, trailing space left out. */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  const push = (to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    if (to > from) out.push({ start: from, end: to });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(m[0] === '\n' ? m.index : m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(text.trimEnd().length);
  return out;
}

/**
 * The bounds of the sentence(s) a rewrite of `[start, end)` touches in `text`; for an insertion
 * (start = end), the sentence before it (or after it, at the very start).
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const all = sentences(text);
  if (all.length === 0) return { start, end };
  const at = (i: number) => all.find((s) => i >= s.start && i < s.end) ?? all.find((s) => s.start >= i) ?? all[all.length - 1]!;
  if (start === end) {
    const before = [...all].reverse().find((s) => s.end <= start || (start > s.start && start <= s.end));
    const s = before ?? at(start);
    return { start: Math.min(s.start, start), end: Math.max(s.end, start) };
  }
  return { start: Math.min(at(start).start, start), end: Math.max(at(end - 1).end, end) };
}

const tokens = (s: string) => s.match(/\s+|[^\s.,;:!?]+|[.,;:!?]+/g) ?? [];

/** Which tokens of `a` and `b` the longest common subsequence keeps. */
function common(a: string[], b: string[]): [boolean[], boolean[]] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const keepA = new Array<boolean>(n).fill(false);
  const keepB = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      keepA[i++] = true;
      keepB[j++] = true;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return [keepA, keepB];
}

/** Join tokens into pieces; whitespace between two changed words counts as changed. */
function pieces(words: string[], keep: boolean[]): Piece[] {
  const out: Piece[] = [];
  words.forEach((text, i) => {
    let changed = !keep[i];
    if (/^\s+$/.test(text)) {
      const prev = i > 0 && !keep[i - 1];
      const next = i < words.length - 1 && !keep[i + 1];
      changed = prev && next;
    }
    const last = out[out.length - 1];
    if (last && last.changed === changed) last.text += text;
    else out.push({ text, changed });
  });
  return out;
}

/**
 * The sentence Apply would change, before and after, with the words it removes and adds marked:
 * what the card shows so a user sees how much a rewrite changes before applying it.
 */
export function previewRewrite(text: string, replaces: { start: number; end: number }, rewrite: string): RewritePreview {
  const s = sentenceAround(text, replaces.start, replaces.end);
  const before = text.slice(s.start, s.end).trim();
  const after = (text.slice(s.start, replaces.start) + rewrite + text.slice(replaces.end, s.end)).trim();
  const [a, b] = [tokens(before), tokens(after)];
  const [keepA, keepB] = common(a, b);
  return { before: pieces(a, keepA), after: pieces(b, keepB) };
}

/**
 * Reading a contenteditable's text the way a reader sees it, with a map back to DOM positions.
 * Block boundaries and <br> become "\n" so offsets from the engine land on the right characters.
 */
export interface TextSegment {
  node: Text;
  /** Offsets of this text node's characters in the flattened text. */
  start: number;
  end: number;
}

export interface TextSnapshot {
  text: string;
  segments: TextSegment[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function readEditable(root: Element): TextSnapshot {
  // Pieces joined once at the end: `+=` and `endsWith` on a growing string re-flatten it at every
  // block boundary, which is quadratic on a long document.
  const parts: string[] = [];
  let length = 0;
  let endsWithBreak = false;
  const segments: TextSegment[] = [];
  const append = (value: string) => {
    parts.push(value);
    length += value.length;
    endsWithBreak = value.endsWith('\n');
  };
  const breakLine = () => {
    if (length > 0 && !endsWithBreak) append('\n');
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (value.length === 0) return;
      segments.push({ node: node as Text, start: length, end: length + value.length });
      append(value);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      append('\n');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) breakLine();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) breakLine();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return { text: parts.join(''), segments };
}

/** Index of the first segment whose end is at or after `offset` (segments are sorted and disjoint). */
function firstEndingAtOrAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A DOM position for a flattened offset; `preferEnd` picks the end of the previous node at a boundary. */
function locate(snapshot: TextSnapshot, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const { segments } = snapshot;
  const last = segments[segments.length - 1];
  if (!last) return null;
  const i = firstEndingAtOrAfter(segments, offset);
  const s = segments[i];
  if (!s) return { node: last.node, offset: last.end - last.start };
  if (offset < s.start) {
    // Offset falls on a synthetic line break before this node.
    const prev = segments[i - 1];
    return preferEnd && prev ? { node: prev.node, offset: prev.end - prev.start } : { node: s.node, offset: 0 };
  }
  if (offset === s.end && !preferEnd && i < segments.length - 1) {
    // At a boundary between two nodes, a start belongs to the next one.
    const next = segments[i + 1]!;
    return offset < next.start ? { node: next.node, offset: 0 } : { node: next.node, offset: offset - next.start };
  }
  return { node: s.node, offset: offset - s.start };
}

/** A DOM Range over flattened offsets [start, end), or null when the snapshot has no text there. */
export function rangeFor(snapshot: TextSnapshot, start: number, end: number): Range | null {
  if (end <= start || snapshot.segments.length === 0) return null;
  const a = locate(snapshot, start, false);
  const b = locate(snapshot, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}

/**
 * The text of several contenteditable roots read as one draft (a block editor's page): each root
 * starts on a new line, and segments keep pointing at each root's own text nodes.
 */
export function readRoots(roots: readonly Element[]): TextSnapshot {
  if (roots.length === 1) return readEditable(roots[0]!);
  let text = '';
  const segments: TextSegment[] = [];
  for (const root of roots) {
    const part = readEditable(root);
    if (part.text.length === 0) continue;
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
    const base = text.length;
    for (const s of part.segments) segments.push({ node: s.node, start: s.start + base, end: s.end + base });
    text += part.text;
  }
  return { text, segments };
}

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
  let text = '';
  const segments: TextSegment[] = [];
  const breakLine = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (value.length === 0) return;
      segments.push({ node: node as Text, start: text.length, end: text.length + value.length });
      text += value;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      text += '\n';
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) breakLine();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) breakLine();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return { text, segments };
}

/** A DOM position for a flattened offset; `preferEnd` picks the end of the previous node at a boundary. */
function locate(snapshot: TextSnapshot, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const { segments } = snapshot;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (offset < s.start) {
      // Offset falls on a synthetic line break before this node.
      return preferEnd && i > 0 ? { node: segments[i - 1]!.node, offset: segments[i - 1]!.end - segments[i - 1]!.start } : { node: s.node, offset: 0 };
    }
    if (offset < s.end || (offset === s.end && (preferEnd || i === segments.length - 1))) {
      return { node: s.node, offset: offset - s.start };
    }
  }
  const last = segments[segments.length - 1];
  return last ? { node: last.node, offset: last.end - last.start } : null;
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

import type { Box } from './surfaces/surface';

/**
 * The box a field occupies on screen, in its document's viewport. An editor whose field is its
 * frame's `<body>` (TinyMCE, Gmail-like bodies) fills the frame, however short its body is: its
 * visible box is the frame's viewport.
 */
export function visibleBox(element: Element): Box {
  const doc = element.ownerDocument;
  const rect = element.getBoundingClientRect();
  if (element !== doc.body || !doc.defaultView || doc.defaultView === doc.defaultView.parent) return rect;
  const root = doc.documentElement;
  return { left: 0, top: 0, right: root.clientWidth || doc.defaultView.innerWidth, bottom: root.clientHeight || doc.defaultView.innerHeight };
}

/** A same-origin ancestor document, and where the frame's viewport starts in that document's viewport. */
export interface OuterView {
  document: Document;
  dx: number;
  dy: number;
}

/**
 * The topmost same-origin document above `page`'s frame, with the offset of the frame's content
 * box in it; null in a top-level document, or when the parent is cross-origin (its DOM cannot be reached).
 */
export function outerView(page: Document): OuterView | null {
  let view = page.defaultView;
  let dx = 0;
  let dy = 0;
  let found: Document | null = null;
  while (view) {
    let frame: Element | null = null;
    try {
      frame = view.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) break;
    const outerWin = frame.ownerDocument.defaultView;
    if (!outerWin) break;
    const rect = frame.getBoundingClientRect();
    const style = outerWin.getComputedStyle(frame);
    dx += rect.left + frame.clientLeft + (parseFloat(style.paddingLeft) || 0);
    dy += rect.top + frame.clientTop + (parseFloat(style.paddingTop) || 0);
    found = frame.ownerDocument;
    view = outerWin;
  }
  return found ? { document: found, dx, dy } : null;
}

export function shift<B extends Box>(box: B, dx: number, dy: number): Box {
  return { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
}

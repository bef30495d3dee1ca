import type { Finding } from '../../../lib/types';

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a source read: the text analysed, plus whatever its surface needs to draw on it. */
export interface Snapshot {
  text: string;
}

/**
 * A finding of the last report, moved onto the field's current text. `key` names it in its report
 * (`findingKey`, what the popup's "Show in page" sends); `hash` is what a dismissal keeps.
 */
export interface Placed {
  key: string;
  hash: string;
  finding: Finding;
}

/**
 * Where one field's findings are drawn: a mirror over a textarea, CSS highlights in a
 * contenteditable, marks over Google Docs' canvas. The session decides what to show; a surface
 * only draws it, says what is under the pointer, and where a card should point.
 */
export interface Surface<S extends Snapshot = Snapshot> {
  /** Draw `placed` on the text of `snapshot`, replacing what was drawn. */
  paint(snapshot: S, placed: readonly Placed[]): void;
  /** The key of the drawn finding under a viewport point, or null. */
  hit(x: number, y: number): string | null;
  /** The viewport boxes a finding is drawn in, first line first; [] when it is not drawn. */
  rects(key: string): Box[];
  /** Bring a finding's words into view (the field, when they are not drawn). */
  reveal(key: string): void;
  /** Follow the page's layout after a scroll, resize or zoom; called often, so cheap. */
  place(): void;
  /** Remove everything drawn. */
  clear(): void;
  /** Where the card and list live while they are about this field; the page's root element when absent. */
  readonly layer?: ParentNode;
}

/** Whether a viewport point is in a box, with a little slack above and below for thin underlines. */
export function near(x: number, y: number, box: Box, slack = 2): boolean {
  return x >= box.left && x <= box.right && y >= box.top - slack && y <= box.bottom + slack;
}

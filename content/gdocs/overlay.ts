import type { Dimension } from '../../lib/types';
import { DIMENSION_COLOURS, DIMENSION_UNDERLINES } from '../../components/palette';
import { adoptStyles, closedRoot } from '../live/popover';

export interface MarkBox {
  /** Which drawn finding this box belongs to (one finding may span several lines). */
  key: string;
  /** What the mark says it covers (`data-key`): the key, the offset in the document and the words. */
  label: string;
  findingId: string;
  dimension: Dimension;
  /** Viewport coordinates. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A Docs mark's line, in the dimension's style as well as its colour: a bottom border (solid,
 * dashed, dotted, double, thick), or for a wavy underline a zigzag drawn with gradients.
 */
export function docsMarkCss(dimension: Dimension): string {
  const c = DIMENSION_COLOURS[dimension];
  const u = DIMENSION_UNDERLINES[dimension];
  if (u.style === 'wavy') {
    return `border-bottom:0;background:linear-gradient(135deg,${c} 25%,transparent 25%) -3px 100%/6px 4px repeat-x,linear-gradient(225deg,${c} 25%,transparent 25%) -3px 100%/6px 4px repeat-x,${c}29;`;
  }
  const width = u.style === 'double' ? 4 : u.thickness;
  return `border-bottom:${width}px ${u.style} ${c};background:${c}29;`;
}

const MARK_CSS = `
:host { all: initial; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.star-coach-mark { position: absolute; box-sizing: border-box; border-bottom: 2px solid; border-radius: 2px; pointer-events: none; }
`;

/**
 * The layer STAR Coach draws over Docs' canvas: a fixed element of its own under <html>, outside
 * Docs' DOM, in a shadow root. Marks ignore the pointer (clicks reach Docs); the card, which lives
 * in this layer too (`layer`), takes them.
 */
export class DocsOverlay {
  readonly host: HTMLElement;
  /** Where the card and the findings list live while they are about Docs. */
  readonly layer: ShadowRoot;
  private readonly clip: HTMLElement;
  private boxes: MarkBox[] = [];

  constructor(page: Document) {
    this.host = page.createElement('star-coach-docs');
    this.host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none;';
    // Closed, as everywhere: Docs' own scripts cannot read the marks or the card.
    this.layer = closedRoot(this.host);
    this.clip = page.createElement('div');
    this.clip.className = 'clip';
    this.layer.append(this.clip);
    adoptStyles(this.layer, MARK_CSS);
    page.documentElement.append(this.host);
  }

  /** Draw marks only inside `clip` (the editor's visible box), so scrolled-away lines draw nothing. */
  paint(boxes: MarkBox[], clip: DOMRect | null): void {
    this.boxes = boxes;
    const page = this.host.ownerDocument;
    if (!clip) {
      this.clip.replaceChildren();
      return;
    }
    Object.assign(this.clip.style, { left: `${clip.left}px`, top: `${clip.top}px`, width: `${clip.width}px`, height: `${clip.height}px` });
    this.clip.replaceChildren(
      ...boxes.map((b) => {
        const mark = page.createElement('div');
        mark.className = 'star-coach-mark';
        mark.dataset.findingId = b.findingId;
        mark.dataset.dimension = b.dimension;
        mark.dataset.key = b.label;
        mark.style.cssText = `left:${b.left - clip.left}px;top:${b.top - clip.top}px;width:${b.width}px;height:${b.height}px;${docsMarkCss(b.dimension)}`;
        return mark;
      }),
    );
  }

  /** The drawn box under a viewport point, if any. */
  hit(x: number, y: number): MarkBox | null {
    return this.boxes.find((b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height) ?? null;
  }

  boxesOf(key: string): MarkBox[] {
    return this.boxes.filter((b) => b.key === key);
  }

  destroy(): void {
    this.host.remove();
  }
}

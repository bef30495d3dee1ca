import type { Dimension } from '../../lib/types';
import { DIMENSION_COLOURS } from '../../components/palette';
import { CARD_CSS } from './Card';

export interface MarkBox {
  /** Which drawn finding this box belongs to (one finding may span several lines). */
  key: string;
  findingId: string;
  dimension: Dimension;
  /** Viewport coordinates. */
  left: number;
  top: number;
  width: number;
  height: number;
}

const MARK_CSS = `
:host { all: initial; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.star-coach-mark { position: absolute; box-sizing: border-box; border-bottom: 2px solid; border-radius: 2px; pointer-events: none; }
${CARD_CSS}
`;

/**
 * The layer STAR Coach draws over Docs' canvas: a fixed element of its own under <html>, outside
 * Docs' DOM, in a shadow root. Marks ignore the pointer (clicks reach Docs); only the card takes them.
 */
export class DocsOverlay {
  readonly host: HTMLElement;
  readonly cardRoot: HTMLElement;
  private readonly clip: HTMLElement;
  private boxes: MarkBox[] = [];

  constructor(doc: Document) {
    this.host = doc.createElement('star-coach-docs');
    this.host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.clip = doc.createElement('div');
    this.clip.className = 'clip';
    this.cardRoot = doc.createElement('div');
    shadow.append(this.clip, this.cardRoot);
    // A constructed stylesheet: a page's Content-Security-Policy cannot block it, unlike <style>.
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    try {
      const sheet = new Sheet!();
      sheet.replaceSync(MARK_CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = MARK_CSS;
      shadow.prepend(style);
    }
    doc.documentElement.append(this.host);
  }

  /** Draw marks only inside `clip` (the editor's visible box), so scrolled-away lines draw nothing. */
  paint(boxes: MarkBox[], clip: DOMRect | null): void {
    this.boxes = boxes;
    const doc = this.host.ownerDocument;
    if (!clip) {
      this.clip.replaceChildren();
      return;
    }
    Object.assign(this.clip.style, { left: `${clip.left}px`, top: `${clip.top}px`, width: `${clip.width}px`, height: `${clip.height}px` });
    this.clip.replaceChildren(
      ...boxes.map((b) => {
        const mark = doc.createElement('div');
        mark.className = 'star-coach-mark';
        mark.dataset.findingId = b.findingId;
        mark.dataset.dimension = b.dimension;
        mark.dataset.key = b.key;
        const colour = DIMENSION_COLOURS[b.dimension];
        mark.style.cssText = `left:${b.left - clip.left}px;top:${b.top - clip.top}px;width:${b.width}px;height:${b.height}px;border-color:${colour};background:${colour}22;`;
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

  contains(node: EventTarget | null | undefined): boolean {
    return node === this.host;
  }

  destroy(): void {
    this.host.remove();
  }
}

import type { Surface } from '../live/surfaces/surface';
import { editorOf, readLines } from './docs-page';
import { fractionsOf, locateLines, piecesFor } from './lines';
import type { DocsOverlay, MarkBox } from './overlay';
import type { DocsSnapshot } from './source';

/**
 * Google Docs as a surface: each line rectangle's label is found in the document text, a
 * finding's span becomes pieces of lines, and each piece a part of its rectangle by the text's
 * measured width; the marks are drawn in STAR Coach's own layer over the canvas (`overlay.ts`),
 * which also holds the card. Drawn again whenever Docs re-renders, scrolls or zooms (`place`).
 */
export function docsSurface(page: Document, overlay: DocsOverlay): Surface<DocsSnapshot> {
  const measure = measurer(page);
  let drawn: { snapshot: DocsSnapshot; placed: Parameters<Surface['paint']>[1] } | null = null;

  const layout = () => {
    if (!drawn) return overlay.paint([], null);
    const { snapshot, placed } = drawn;
    const lines = readLines(page);
    const spans = locateLines(snapshot.document, lines.map((l) => l.label));
    const boxes: MarkBox[] = [];
    for (const { key, finding: f } of placed) {
      if (f.start === undefined || f.end === undefined) continue;
      const start = f.start + snapshot.offset;
      const end = f.end + snapshot.offset;
      // Docs draws no text we could read back: the label says which words a mark covers.
      const label = `${key}|${start}|${snapshot.document.slice(start, end)}`;
      for (const piece of piecesFor(spans, start, end)) {
        const line = lines[piece.line]!;
        const r = line.el.getBoundingClientRect();
        const [a, b] = fractionsOf(line.label, piece.from, piece.to, measure(line.font));
        boxes.push({ key, label, findingId: f.id, dimension: f.dimension, left: r.left + a * r.width, top: r.top, width: (b - a) * r.width, height: r.height });
      }
    }
    const editor = editorOf(page);
    overlay.paint(boxes, editor ? editor.getBoundingClientRect() : null);
  };

  return {
    layer: overlay.layer,
    paint(snapshot, placed) {
      drawn = { snapshot, placed };
      layout();
    },
    hit: (x, y) => overlay.hit(x, y)?.key ?? null,
    rects: (key) => overlay.boxesOf(key).map((b) => ({ left: b.left, top: b.top, right: b.left + b.width, bottom: b.top + b.height })),
    reveal() {}, // Docs scrolls its own canvas: a card opens where the words are drawn, or at the badge
    place: layout,
    clear() {
      drawn = null;
      overlay.paint([], null);
    },
  };
}

/** A text-width function per CSS font, or character counts when the font is unknown or canvas is missing. */
function measurer(page: Document): (font: string) => ((s: string) => number) | undefined {
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (font) => {
    if (!font) return undefined;
    if (ctx === undefined) {
      try {
        ctx = page.createElement('canvas').getContext('2d');
      } catch {
        ctx = null;
      }
    }
    const c = ctx;
    if (!c) return undefined;
    return (s) => {
      c.font = font;
      return c.measureText(s).width;
    };
  };
}

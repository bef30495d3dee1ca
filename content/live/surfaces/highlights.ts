import { DIMENSIONS, type Dimension, type Finding } from '../../../lib/types';
import { highlightRules } from '../../../components/palette';
import { rangeFor, type TextSnapshot } from '../sources/text-model';
import { near, type Placed, type Surface } from './surface';

/**
 * The CSS Custom Highlight names, one per dimension: random for each run of the content script, so a
 * page can neither probe `CSS.highlights` for a fixed name nor tell a dimension from its name.
 */
const NAMES = Object.fromEntries(DIMENSIONS.map((d) => [d, randomIdent()])) as Record<Dimension, string>;

function randomIdent(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  // A CSS identifier: a letter first, then hex.
  return `h${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The CSS Custom Highlight name for a dimension in this run (`highlightCss` gives each its look). */
export function highlightName(dimension: Dimension): string {
  return NAMES[dimension];
}

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

interface HighlightApi {
  registry: HighlightRegistryLike;
  create(ranges: Range[]): unknown;
}

/** The page's CSS Custom Highlight API, or null where the browser lacks it. */
export function highlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Ctor = (win as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !Ctor) return null;
  return { registry: css.highlights, create: (ranges) => new Ctor(...ranges) };
}

/**
 * Highlights for contenteditable fields. Ranges of every field on the page share one highlight per
 * dimension, so this keeps each field's ranges and rebuilds the dimension's highlight on change.
 * The editor's DOM is never touched.
 */
export class EditableHighlighter {
  private readonly byField = new Map<Element, Map<Dimension, Range[]>>();

  constructor(private readonly api: HighlightApi) {}

  /** Draw a field's findings; returns the range drawn for each (for hit-testing and the card). */
  paint<T extends { finding: Finding }>(field: Element, snapshot: TextSnapshot, items: readonly T[]): Array<T & { range: Range }> {
    const ranges = new Map<Dimension, Range[]>();
    const drawn: Array<T & { range: Range }> = [];
    // This run's names are known only now: their styles go where the ranges are.
    adoptHighlightStyles(field.ownerDocument);
    for (const item of items) {
      const f = item.finding;
      if (f.start === undefined || f.end === undefined) continue;
      const range = rangeFor(snapshot, f.start, f.end);
      if (!range) continue;
      const list = ranges.get(f.dimension) ?? [];
      list.push(range);
      ranges.set(f.dimension, list);
      drawn.push({ ...item, range });
    }
    this.byField.set(field, ranges);
    this.flush();
    return drawn;
  }

  clear(field: Element): void {
    if (this.byField.delete(field)) this.flush();
  }

  private flush(): void {
    for (const d of DIMENSIONS) {
      const all = [...this.byField.values()].flatMap((m) => m.get(d) ?? []);
      if (all.length === 0) this.api.registry.delete(highlightName(d));
      else this.api.registry.set(highlightName(d), this.api.create(all));
    }
  }
}

/** The highlight styles, one per dimension; for where the page's stylesheet cannot reach (shadow roots). */
export function highlightCss(): string {
  return highlightRules(highlightName);
}

const styled = new WeakSet<Document | ShadowRoot>();

/**
 * The highlight styles, adopted where the ranges are: the document, and each shadow root an editor
 * lives in (a document's rules do not reach into shadow roots). A constructed sheet, which a page's
 * Content-Security-Policy cannot block; else a `<style>`.
 */
export function adoptHighlightStyles(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const page = 'host' in root ? root.ownerDocument : root;
  const win = page.defaultView as (Window & typeof globalThis) | null;
  if (!win) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(highlightCss());
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = page.createElement('style');
    style.textContent = highlightCss();
    ('host' in root ? root : (page.head ?? page.documentElement)).append(style);
  }
}

/**
 * The surface of a contenteditable field: CSS Custom Highlights over its own text nodes (the
 * editor's DOM is never changed); inside a shadow root the highlight styles are adopted there.
 */
export function highlightSurface(field: HTMLElement, highlighter: EditableHighlighter): Surface<TextSnapshot> {
  let drawn = new Map<string, Range>();
  return {
    paint(snapshot, placed: readonly Placed[]) {
      const root = field.getRootNode();
      if (root !== field.ownerDocument && (root as ShadowRoot).host) adoptHighlightStyles(root as ShadowRoot);
      drawn = new Map(highlighter.paint(field, snapshot, placed).map((d) => [d.key, d.range]));
    },
    hit(x, y) {
      for (const [key, range] of drawn) if ([...range.getClientRects()].some((r) => near(x, y, r))) return key;
      return null;
    },
    rects: (key) => [...(drawn.get(key)?.getClientRects() ?? [])],
    reveal(key) {
      const el = drawn.get(key)?.startContainer.parentElement ?? field;
      el.scrollIntoView({ block: 'nearest' });
    },
    place() {}, // ranges move with the text
    clear() {
      drawn = new Map();
      highlighter.clear(field);
    },
  };
}

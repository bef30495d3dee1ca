import { DIMENSIONS, type Dimension, type Finding } from '../lib/types';
import { rangeFor, type TextSnapshot } from './text-model';

/** The CSS Custom Highlight name for a dimension; `style.css` gives each its colour. */
export function highlightName(dimension: Dimension): string {
  return `star-coach-${dimension}`;
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

  paint(field: Element, snapshot: TextSnapshot, findings: Finding[]): void {
    const ranges = new Map<Dimension, Range[]>();
    for (const f of findings) {
      if (f.start === undefined || f.end === undefined) continue;
      const range = rangeFor(snapshot, f.start, f.end);
      if (!range) continue;
      const list = ranges.get(f.dimension) ?? [];
      list.push(range);
      ranges.set(f.dimension, list);
    }
    this.byField.set(field, ranges);
    this.flush();
  }

  clear(field: Element): void {
    if (this.byField.delete(field)) this.flush();
  }

  /** Ranges currently drawn for a field, by dimension (for tests and the card's hit-testing). */
  rangesOf(field: Element): ReadonlyMap<Dimension, Range[]> {
    return this.byField.get(field) ?? new Map();
  }

  private flush(): void {
    for (const d of DIMENSIONS) {
      const all = [...this.byField.values()].flatMap((m) => m.get(d) ?? []);
      if (all.length === 0) this.api.registry.delete(highlightName(d));
      else this.api.registry.set(highlightName(d), this.api.create(all));
    }
  }
}

const MIRRORED_STYLES = [
  'boxSizing', 'width', 'height', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'direction',
  'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
  'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'whiteSpace', 'overflowWrap', 'wordBreak',
] as const;

/**
 * Highlights for a textarea: a mirror drawn outside the field, over it, with the same text laid out
 * the same way, transparent except for the underlined spans. The textarea's value and children are
 * never changed; the mirror ignores the pointer so typing and clicking reach the field.
 */
export class TextareaMirror {
  readonly host: HTMLElement;
  private readonly box: HTMLElement;
  private frame = 0;

  constructor(private readonly field: HTMLTextAreaElement) {
    const doc = field.ownerDocument;
    this.host = doc.createElement('star-coach-mirror');
    this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.box = doc.createElement('div');
    this.box.style.cssText = 'position:absolute;overflow:hidden;color:transparent;pointer-events:none;border-style:solid;border-color:transparent;background:transparent;margin:0;';
    shadow.append(this.box);
    doc.documentElement.append(this.host);
  }

  paint(text: string, findings: Finding[]): void {
    const doc = this.field.ownerDocument;
    const spans = findings
      .filter((f): f is Finding & { start: number; end: number } => f.start !== undefined && f.end !== undefined)
      .sort((a, b) => a.start - b.start);
    this.box.replaceChildren();
    let at = 0;
    for (const f of spans) {
      if (f.start < at) continue; // overlapping spans: the first one wins in the mirror
      if (f.start > at) this.box.append(doc.createTextNode(text.slice(at, f.start)));
      const mark = doc.createElement('span');
      mark.dataset.dimension = f.dimension;
      mark.dataset.findingId = f.id;
      mark.className = 'star-coach-mark';
      mark.style.cssText = `text-decoration:underline wavy ${MIRROR_COLOURS[f.dimension]};text-decoration-skip-ink:none;text-underline-offset:3px;background:${MIRROR_COLOURS[f.dimension]}22;border-radius:2px;`;
      mark.textContent = text.slice(f.start, f.end);
      this.box.append(mark);
      at = f.end;
    }
    // A trailing space keeps a final line break laid out like the textarea's.
    this.box.append(doc.createTextNode(text.slice(at) + ' '));
    this.sync();
  }

  /** Follow the field's position, size, font and scroll. */
  sync(): void {
    const win = this.field.ownerDocument.defaultView;
    if (!win) return;
    const cs = win.getComputedStyle(this.field);
    for (const p of MIRRORED_STYLES) (this.box.style as unknown as Record<string, string>)[p] = cs[p];
    this.box.style.whiteSpace = 'pre-wrap';
    this.box.style.overflowWrap = 'break-word';
    const rect = this.field.getBoundingClientRect();
    this.box.style.left = `${rect.left + win.scrollX}px`;
    this.box.style.top = `${rect.top + win.scrollY}px`;
    this.box.style.width = `${rect.width}px`;
    this.box.style.height = `${rect.height}px`;
    this.box.style.display = cs.display === 'none' || cs.visibility === 'hidden' ? 'none' : 'block';
    this.box.scrollTop = this.field.scrollTop;
    this.box.scrollLeft = this.field.scrollLeft;
  }

  scheduleSync(): void {
    const win = this.field.ownerDocument.defaultView;
    if (!win || this.frame) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.sync();
    });
  }

  /** The mirror's marks, for hit-testing and tests. */
  marks(): HTMLElement[] {
    return [...this.box.querySelectorAll<HTMLElement>('.star-coach-mark')];
  }

  destroy(): void {
    this.host.remove();
  }
}

export const MIRROR_COLOURS = {
  ownership: '#d93025',
  scope: '#e37400',
  quantification: '#1a73e8',
  validation: '#188038',
  reflection: '#9334e6',
  structure: '#5f6368',
} satisfies Record<Dimension, string>;

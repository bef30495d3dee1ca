import type { Finding } from '../../../lib/types';
import { underlineCss } from '../../../components/palette';
import { near, type Placed, type Snapshot, type Surface } from './surface';
import { closedRoot } from '../popover';
import { placeHost, POPOVER_RESET } from '../top-layer';

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
  private destroyed = false;

  constructor(private readonly field: HTMLTextAreaElement) {
    const page = field.ownerDocument;
    this.host = page.createElement('star-coach-mirror');
    this.host.style.cssText = `${POPOVER_RESET}position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646;`;
    const shadow = closedRoot(this.host);
    this.box = page.createElement('div');
    this.box.style.cssText = 'position:absolute;overflow:hidden;color:transparent;pointer-events:none;border-style:solid;border-color:transparent;background:transparent;margin:0;';
    shadow.append(this.box);
    page.documentElement.append(this.host);
  }

  paint(text: string, items: ReadonlyArray<{ key: string; finding: Finding }>): void {
    const page = this.field.ownerDocument;
    const spans = items
      .filter((i): i is { key: string; finding: Finding & { start: number; end: number } } =>
        i.finding.start !== undefined && i.finding.end !== undefined)
      .sort((a, b) => a.finding.start - b.finding.start);
    this.box.replaceChildren();
    let at = 0;
    for (const { key, finding: f } of spans) {
      if (f.start < at) continue; // overlapping spans: the first one wins in the mirror
      if (f.start > at) this.box.append(page.createTextNode(text.slice(at, f.start)));
      const mark = page.createElement('span');
      mark.dataset.dimension = f.dimension;
      mark.dataset.findingId = f.id;
      mark.dataset.key = key;
      mark.className = 'star-coach-mark';
      mark.style.cssText = `${underlineCss(f.dimension)}text-underline-offset:3px;border-radius:2px;`;
      mark.textContent = text.slice(f.start, f.end);
      this.box.append(mark);
      at = f.end;
    }
    // A trailing space keeps a final line break laid out like the textarea's.
    this.box.append(page.createTextNode(text.slice(at) + ' '));
    this.sync();
  }

  /** Follow the field's position, size, zoom, font and scroll, and clip to the part of it that is visible. */
  sync(): void {
    const win = this.field.ownerDocument.defaultView;
    if (!win || this.destroyed) return;
    // Above a modal dialog or popover that holds the field (the top layer), else in the page's root.
    placeHost(this.host, this.field, win.document.documentElement);
    const cs = win.getComputedStyle(this.field);
    for (const p of MIRRORED_STYLES) (this.box.style as unknown as Record<string, string>)[p] = cs[p];
    // The box is sized to the field's border box below, whatever the field's own box-sizing.
    this.box.style.boxSizing = 'border-box';
    this.box.style.whiteSpace = 'pre-wrap';
    this.box.style.overflowWrap = 'break-word';
    // Classic scrollbars take room from the field's content box: the mirror has none of its own, so
    // it keeps the same gutter as padding, and its lines wrap where the field's do.
    const gutterX = this.field.offsetWidth - this.field.clientWidth - (parseFloat(cs.borderLeftWidth) || 0) - (parseFloat(cs.borderRightWidth) || 0);
    const gutterY = this.field.offsetHeight - this.field.clientHeight - (parseFloat(cs.borderTopWidth) || 0) - (parseFloat(cs.borderBottomWidth) || 0);
    if (gutterX > 0) {
      const side = cs.direction === 'rtl' ? 'paddingLeft' : 'paddingRight';
      this.box.style[side] = `${(parseFloat(cs[side]) || 0) + gutterX}px`;
    }
    if (gutterY > 0) this.box.style.paddingBottom = `${(parseFloat(cs.paddingBottom) || 0) + gutterY}px`;
    const rect = this.field.getBoundingClientRect();
    // A scaled ancestor (CSS transform, zoom) changes the drawn size but not the layout size: lay the
    // mirror out at the layout size and scale it the same way.
    const layoutW = this.field.offsetWidth || rect.width;
    const layoutH = this.field.offsetHeight || rect.height;
    const sx = layoutW ? rect.width / layoutW : 1;
    const sy = layoutH ? rect.height / layoutH : 1;
    const docRect = win.document.documentElement.getBoundingClientRect();
    this.box.style.left = `${rect.left - docRect.left}px`;
    this.box.style.top = `${rect.top - docRect.top}px`;
    this.box.style.width = `${layoutW}px`;
    this.box.style.height = `${layoutH}px`;
    this.box.style.transformOrigin = '0 0';
    this.box.style.transform = sx !== 1 || sy !== 1 ? `scale(${sx}, ${sy})` : '';
    const clip = visibleClip(this.field, rect);
    const hidden = cs.display === 'none' || cs.visibility === 'hidden' || !clip;
    this.box.style.display = hidden ? 'none' : 'block';
    if (clip) {
      // inset() is in the box's own (unscaled) coordinates.
      this.box.style.clipPath = `inset(${(clip.top - rect.top) / sy}px ${(rect.right - clip.right) / sx}px ${(rect.bottom - clip.bottom) / sy}px ${(clip.left - rect.left) / sx}px)`;
    }
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
    this.destroyed = true;
    if (this.frame) this.field.ownerDocument.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host.remove();
  }
}

interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const intersect = (a: Box, b: Box): Box | null => {
  const r = { top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom), left: Math.max(a.left, b.left) };
  return r.right > r.left && r.bottom > r.top ? r : null;
};

/**
 * The part of a field's box that the user can see: inside the viewport and every ancestor that
 * clips its overflow, and not under something painted over it (a sticky header or footer).
 */
export function visibleClip(field: Element, rect: Box): Box | null {
  const page = field.ownerDocument;
  const win = page.defaultView;
  if (!win) return rect;
  let clip: Box | null = intersect(rect, { top: 0, left: 0, right: win.innerWidth, bottom: win.innerHeight });
  for (let a = parentOf(field); a && clip; a = parentOf(a)) {
    if (a === page.documentElement || a === page.body) continue;
    const overflow = win.getComputedStyle(a);
    if (overflow.overflowX !== 'visible' || overflow.overflowY !== 'visible') clip = intersect(clip, a.getBoundingClientRect());
  }
  if (!clip) return null;
  const root = field.getRootNode() as Document | ShadowRoot;
  const covers = (x: number, y: number): Box | null => {
    const top = root.elementFromPoint?.(x, y) ?? page.elementFromPoint(x, y);
    if (!top || top === field || field.contains(top) || top.contains(field)) return null;
    return top.getBoundingClientRect();
  };
  const x = (clip.left + clip.right) / 2;
  for (let i = 0; i < 3 && clip; i++) {
    const over = covers(x, clip.top + 1);
    if (!over || over.bottom <= clip.top) break;
    clip = clip.bottom > over.bottom ? { ...clip, top: over.bottom } : null;
  }
  for (let i = 0; i < 3 && clip; i++) {
    const over = covers(x, clip.bottom - 1);
    if (!over || over.top >= clip.bottom) break;
    clip = over.top > clip.top ? { ...clip, bottom: over.top } : null;
  }
  return clip;
}

function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** The surface of a textarea: a mirror drawn over it, built on first paint and removed on clear. */
export function mirrorSurface(field: HTMLTextAreaElement): Surface<Snapshot> {
  let mirror: TextareaMirror | null = null;
  const marks = (key?: string) => (mirror?.marks() ?? []).filter((m) => key === undefined || m.dataset.key === key);
  return {
    paint(snapshot, placed: readonly Placed[]) {
      // Throws when the page broke the mirror (e.g. it defined <star-coach-mirror> itself): the session steps aside.
      mirror ??= new TextareaMirror(field);
      mirror.paint(snapshot.text, placed);
    },
    hit(x, y) {
      for (const m of marks()) if ([...m.getClientRects()].some((r) => near(x, y, r))) return m.dataset.key!;
      return null;
    },
    rects: (key) => marks(key).flatMap((m) => [...m.getClientRects()]),
    reveal(key) {
      field.scrollIntoView({ block: 'nearest' });
      const mark = marks(key)[0];
      if (!mark || !mirror) return;
      const top = mark.offsetTop - field.clientHeight / 3;
      if (mark.offsetTop < field.scrollTop || mark.offsetTop + mark.offsetHeight > field.scrollTop + field.clientHeight) field.scrollTop = Math.max(0, top);
      mirror.sync();
    },
    place: () => mirror?.scheduleSync(),
    clear() {
      mirror?.destroy();
      mirror = null;
    },
  };
}

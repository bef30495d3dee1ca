import { render, type ComponentChild } from 'preact';
import { Badge, type BadgeProps } from '../../components/Badge';
import { OVERLAY_CSS } from '../../components/Card';
import { placeHost, POPOVER_RESET } from './top-layer';

interface Rect {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Every root STAR Coach draws in a web page is closed: page scripts cannot reach into it (its
 * `shadowRoot` is null to them), so the card's text, the score and the findings stay unreadable.
 */
export function closedRoot(host: HTMLElement): ShadowRoot {
  // The extension's own pages (practice, welcome) run no page script but ours: open there.
  const own = /^(chrome|moz)-extension:$/.test(host.ownerDocument.location?.protocol ?? '');
  return host.attachShadow({ mode: own ? 'open' : 'closed' });
}

function shadowHost(page: Document, tag: string): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = page.createElement(tag);
  const shadow = closedRoot(host);
  adoptStyles(shadow, OVERLAY_CSS);
  const mount = page.createElement('div');
  shadow.append(mount);
  // The page keeps its focus: pressing on our UI never moves the caret out of the editor (a select
  // still opens: choosing a question is a deliberate step away from the text). Listened for inside
  // the root: from outside a closed root the press seems to come from the host itself.
  shadow.addEventListener('mousedown', (e) => {
    if ((e.composedPath()[0] as Element | undefined)?.tagName !== 'SELECT') e.preventDefault();
  });
  return { host, root: shadow, mount };
}

/** Styles for one of our shadow roots: a constructed sheet, which a page's Content-Security-Policy cannot block, else `<style>`. */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  const Sheet = (shadow.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  try {
    const sheet = new Sheet!();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  }
}

/**
 * The card and the findings list: one element in the top layer (`popover="manual"`), so page
 * styles, overflow and z-index never hide it, with a shadow root so the page's CSS cannot reach in.
 * The element itself has no size; the panel inside is fixed at `--star-coach-x/y`. Showing it
 * never moves focus.
 */
export class Popover {
  readonly host: HTMLElement;
  /** The card's closed shadow root (only we hold it). */
  readonly root: ShadowRoot;
  private readonly mount: HTMLElement;
  private open = false;

  constructor(private readonly page: Document) {
    ({ host: this.host, root: this.root, mount: this.mount } = shadowHost(page, 'star-coach-card'));
    this.host.setAttribute('popover', 'manual');
    this.host.style.cssText =
      'position:fixed;inset:0 auto auto 0;width:0;height:0;margin:0;padding:0;border:0;background:transparent;overflow:visible;z-index:2147483647;';
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Show `content` by `anchor`, in `layer` (a surface's own layer, or the page's root element), in the colours of `near`'s page. */
  show(content: ComponentChild, anchor: Rect, layer: ParentNode = this.page.documentElement, near?: Element): void {
    this.mount.className = pageScheme(near ?? this.page.body ?? this.page.documentElement) === 'dark' ? 'dark' : '';
    if (this.host.parentNode !== layer) {
      this.hide(); // leaving the DOM leaves the top layer: show it again where it now lives
      layer.append(this.host);
    }
    render(content, this.mount);
    if (!this.open) {
      if (typeof this.host.showPopover === 'function') {
        try {
          this.host.showPopover();
        } catch {
          /* already showing */
        }
      } else this.host.style.display = 'block';
      this.open = true;
    }
    this.place(anchor);
  }

  /**
   * Below the anchor, or above it when there is no room there; when neither side has room, on the
   * side with more, no taller than that side (the list scrolls inside). Always inside the viewport.
   */
  private place(anchor: Rect): void {
    const win = this.page.defaultView;
    if (!win) return;
    const gap = 6;
    const margin = 8;
    const style = this.host.style;
    style.setProperty('--star-coach-max-h', `${win.innerHeight - 2 * margin}px`);
    const box = this.panel()?.getBoundingClientRect();
    const w = box?.width || 360;
    let h = box?.height || 200;
    const below = win.innerHeight - margin - (anchor.bottom + gap);
    const above = anchor.top - gap - margin;
    let top: number;
    if (h <= below) top = anchor.bottom + gap;
    else if (h <= above) top = anchor.top - gap - h;
    else {
      const room = Math.max(below, above, 120);
      style.setProperty('--star-coach-max-h', `${Math.min(room, win.innerHeight - 2 * margin)}px`);
      h = this.panel()?.getBoundingClientRect().height || Math.min(h, room);
      top = below >= above ? anchor.bottom + gap : anchor.top - gap - h;
    }
    top = Math.max(margin, Math.min(top, win.innerHeight - h - margin));
    const left = Math.max(margin, Math.min(anchor.left, win.innerWidth - w - margin));
    style.setProperty('--star-coach-x', `${left}px`);
    style.setProperty('--star-coach-y', `${top}px`);
  }

  /**
   * Whether the panel, as last shown, had to be squeezed: no room for its whole height above or
   * below the anchor, or for its width, in this document's viewport.
   */
  cramped(anchor: Rect): boolean {
    const win = this.page.defaultView;
    const box = this.open ? this.panel()?.getBoundingClientRect() : undefined;
    if (!win || !box) return false;
    const gap = 6;
    const margin = 8;
    this.host.style.setProperty('--star-coach-max-h', `${win.innerHeight}px`);
    const h = this.panel()?.getBoundingClientRect().height ?? box.height;
    this.place(anchor);
    const below = win.innerHeight - margin - (anchor.bottom + gap);
    const above = anchor.top - gap - margin;
    return (h > below && h > above) || box.width > win.innerWidth - 2 * margin;
  }

  private panel(): Element | null {
    return this.mount.firstElementChild;
  }

  /** Move the focus to the first element matching `selector` in the open panel (an explicit keyboard request). */
  focus(selector: string): void {
    (this.mount.querySelector(selector) as HTMLElement | null)?.focus();
  }

  /** Whether the focus is inside the panel. */
  hasFocus(): boolean {
    const root = this.mount.getRootNode() as ShadowRoot;
    return this.open && !!root.activeElement && this.mount.contains(root.activeElement);
  }

  contains(x: number, y: number): boolean {
    const r = this.open ? this.panel()?.getBoundingClientRect() : undefined;
    return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  hide(): void {
    if (!this.open) return;
    this.open = false;
    if (typeof this.host.hidePopover === 'function') {
      try {
        this.host.hidePopover();
      } catch {
        /* not showing */
      }
    } else this.host.style.display = 'none';
    render(null, this.mount);
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }
}

/** A field's badge, drawn outside the field at its bottom-right corner. */
export class BadgeView {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;

  constructor(private readonly page: Document) {
    ({ host: this.host, mount: this.mount } = shadowHost(page, 'star-coach-badge'));
    this.host.style.cssText = `${POPOVER_RESET}position:absolute;top:0;left:0;z-index:2147483646;display:none;`;
  }

  private near: Element | undefined;

  update(props: BadgeProps, near?: Element): void {
    this.near = near;
    if (!this.host.isConnected) this.page.documentElement.append(this.host);
    // Nothing of the report on the host, which the page can read: the score and count live inside.
    this.mount.className = pageScheme(near ?? this.page.body ?? this.page.documentElement) === 'dark' ? 'dark' : '';
    render(<Badge {...props} />, this.mount);
  }

  /** Follow the field; hidden when the field is not on screen. */
  place(field: Rect | null): void {
    const win = this.page.defaultView;
    if (!field || !win) {
      this.host.style.display = 'none';
      return;
    }
    this.host.style.display = 'block';
    // Above a modal dialog or popover that holds the field, where clicks reach it.
    if (this.near && this.host.isConnected) placeHost(this.host, this.near, this.page.documentElement);
    const own = this.host.getBoundingClientRect();
    const docRect = this.page.documentElement.getBoundingClientRect();
    this.host.style.left = `${field.right - (own.width || 48) - 6 - docRect.left}px`;
    this.host.style.top = `${field.bottom - (own.height || 22) - 6 - docRect.top}px`;
  }

  anchor(): DOMRect {
    return this.host.getBoundingClientRect();
  }

  destroy(): void {
    render(null, this.mount);
    this.host.remove();
  }
}

/** Parse `rgb()`/`rgba()` as the browser reports computed colours. */
function rgba(colour: string): [number, number, number, number] | null {
  const m = /rgba?\(([^)]+)\)/.exec(colour);
  if (!m) return null;
  const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
  return [r!, g!, b!, a];
}

/**
 * Whether STAR Coach's card and badge should be dark: the background the element is drawn on
 * (its own, or the nearest ancestor's that is not transparent) is dark, or nothing paints one and
 * the page asks for a dark colour scheme.
 */
export function pageScheme(element: Element): 'light' | 'dark' {
  const win = element.ownerDocument.defaultView;
  if (!win) return 'light';
  for (let el: Element | null = element; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) {
    const c = rgba(win.getComputedStyle(el).backgroundColor);
    if (c && c[3] > 0.5) {
      const lum = (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;
      return lum < 0.45 ? 'dark' : 'light';
    }
  }
  const scheme = win.getComputedStyle(element.ownerDocument.documentElement).colorScheme ?? '';
  return scheme.includes('dark') && win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * A polite live region of our own, so a screen reader hears a card open without the card taking
 * focus from the field the user types in.
 */
export class Announcer {
  private readonly host: HTMLElement;
  private readonly region: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly page: Document) {
    this.host = page.createElement('star-coach-announcer');
    this.host.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);top:0;left:0;';
    const shadow = closedRoot(this.host);
    this.region = page.createElement('div');
    this.region.setAttribute('aria-live', 'polite');
    this.region.setAttribute('role', 'status');
    shadow.append(this.region);
  }

  say(text: string): void {
    if (!this.host.isConnected) this.page.documentElement.append(this.host);
    clearTimeout(this.timer);
    // A change after the region exists is what is announced.
    this.timer = setTimeout(() => {
      this.region.textContent = text;
    }, 50);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.host.remove();
  }
}

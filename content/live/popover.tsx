import { render, type ComponentChild } from 'preact';
import { Badge, type BadgeProps } from '../../components/Badge';
import { OVERLAY_CSS } from '../../components/Card';

interface Rect {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function shadowHost(page: Document, tag: string): { host: HTMLElement; mount: HTMLElement } {
  const host = page.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, OVERLAY_CSS);
  const mount = page.createElement('div');
  shadow.append(mount);
  // The page keeps its focus: pressing on our UI never moves the caret out of the editor.
  host.addEventListener('mousedown', (e) => e.preventDefault());
  return { host, mount };
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
  private readonly mount: HTMLElement;
  private open = false;

  constructor(private readonly page: Document) {
    ({ host: this.host, mount: this.mount } = shadowHost(page, 'star-coach-card'));
    this.host.setAttribute('popover', 'manual');
    this.host.style.cssText =
      'position:fixed;inset:0 auto auto 0;width:0;height:0;margin:0;padding:0;border:0;background:transparent;overflow:visible;z-index:2147483647;color-scheme:light;';
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Show `content` by `anchor`, in `layer` (a surface's own layer, or the page's root element). */
  show(content: ComponentChild, anchor: Rect, layer: ParentNode = this.page.documentElement): void {
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

  /** Below the anchor, or above it when there is no room; always inside the viewport. */
  private place(anchor: Rect): void {
    const win = this.page.defaultView;
    if (!win) return;
    const box = this.panel()?.getBoundingClientRect();
    const w = box?.width || 340;
    const h = box?.height || 200;
    const left = Math.max(8, Math.min(anchor.left, win.innerWidth - w - 8));
    let top = anchor.bottom + 6;
    if (top + h > win.innerHeight - 8 && anchor.top - h - 6 >= 8) top = anchor.top - h - 6;
    this.host.style.setProperty('--star-coach-x', `${left}px`);
    this.host.style.setProperty('--star-coach-y', `${Math.max(8, top)}px`);
  }

  private panel(): Element | null {
    return this.mount.firstElementChild;
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
    this.host.style.cssText = 'position:absolute;top:0;left:0;z-index:2147483646;display:none;';
  }

  update(props: BadgeProps): void {
    if (!this.host.isConnected) this.page.documentElement.append(this.host);
    this.host.dataset.score = String(props.score);
    this.host.dataset.count = String(props.count);
    this.host.toggleAttribute('data-truncated', props.truncated);
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

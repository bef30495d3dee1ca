import { render, type ComponentChild } from 'preact';
import { Badge, type BadgeProps } from '../../components/Badge';
import { OVERLAY_CSS } from '../../components/Card';

interface Rect {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; mount: HTMLElement } {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS + css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  // The page keeps its focus: pressing on our UI never moves the caret out of the editor.
  host.addEventListener('mousedown', (e) => e.preventDefault());
  return { host, mount };
}

/**
 * The card and the findings list: one element in the top layer (`popover="manual"`), so page
 * styles, overflow and z-index never hide it, with a shadow root so the page's CSS cannot reach in.
 * Showing it never moves focus.
 */
export class Popover {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private open = false;

  constructor(private readonly doc: Document) {
    ({ host: this.host, mount: this.mount } = shadowHost(doc, 'star-coach-card', ''));
    this.host.setAttribute('popover', 'manual');
    this.host.style.cssText =
      'position:fixed;inset:auto;margin:0;padding:0;border:0;background:transparent;overflow:visible;z-index:2147483647;color-scheme:light;';
  }

  get isOpen(): boolean {
    return this.open;
  }

  show(content: ComponentChild, anchor: Rect): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
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
    const win = this.doc.defaultView;
    if (!win) return;
    const box = this.host.getBoundingClientRect();
    const w = box.width || 340;
    const h = box.height || 200;
    const left = Math.max(8, Math.min(anchor.left, win.innerWidth - w - 8));
    let top = anchor.bottom + 6;
    if (top + h > win.innerHeight - 8 && anchor.top - h - 6 >= 8) top = anchor.top - h - 6;
    this.host.style.left = `${left}px`;
    this.host.style.top = `${Math.max(8, top)}px`;
  }

  contains(x: number, y: number): boolean {
    if (!this.open) return false;
    const r = this.host.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
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

  constructor(private readonly doc: Document) {
    ({ host: this.host, mount: this.mount } = shadowHost(doc, 'star-coach-badge', ''));
    this.host.style.cssText = 'position:absolute;top:0;left:0;z-index:2147483646;display:none;';
  }

  update(props: BadgeProps): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.host.dataset.score = String(props.score);
    this.host.dataset.count = String(props.count);
    this.host.toggleAttribute('data-truncated', props.truncated);
    render(<Badge {...props} />, this.mount);
  }

  /** Follow the field; hidden when the field is not on screen. */
  place(field: Rect | null): void {
    const win = this.doc.defaultView;
    if (!field || !win) {
      this.host.style.display = 'none';
      return;
    }
    this.host.style.display = 'block';
    const own = this.host.getBoundingClientRect();
    const docRect = this.doc.documentElement.getBoundingClientRect();
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

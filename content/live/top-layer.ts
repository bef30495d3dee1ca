/**
 * The browser's top layer: a modal `<dialog>` (`showModal()`) or an open popover is drawn above
 * everything else in the page, and a modal dialog makes everything outside it inert (clicks go to
 * the dialog). STAR Coach's own UI for a field inside one must be drawn above it and take clicks:
 * each of our hosts becomes a child of that element (so the dialog's inertness does not reach it)
 * and a manual popover shown after it (so it is above it in the top layer).
 */

/** Styles that undo the browser's own popover box (centred, bordered, scrolling) for our hosts. */
export const POPOVER_RESET = 'margin:0;padding:0;border:0;background:transparent;overflow:visible;inset:auto;';

/** `el.matches(selector)`, false where the browser does not know the selector (older engines, test DOMs). */
function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The innermost open modal dialog or popover that holds `field` (through open shadow roots), or null. */
export function topLayerHost(field: Element): HTMLElement | null {
  for (let el: Element | null = field; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) {
    if (el !== field && (matches(el, 'dialog:modal') || matches(el, '[popover]:popover-open'))) return el as HTMLElement;
  }
  return null;
}

/**
 * Keep `host` where it shows for `field`: inside the top-layer element that holds the field, as a
 * manual popover shown after it; otherwise in `fallback` (the page's root element). When that
 * element closes, the host is hidden with it, so it is shown above it again when it reopens.
 * Returns whether the host lives in the top layer.
 */
export function placeHost(host: HTMLElement, field: Element, fallback: ParentNode): boolean {
  const layer = topLayerHost(field);
  const parent = layer ?? fallback;
  if (host.parentNode !== parent) {
    hide(host);
    parent.append(host);
  }
  if (!layer) {
    if (host.hasAttribute('popover')) host.removeAttribute('popover');
    return false;
  }
  if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
  if (!matches(host, ':popover-open')) {
    try {
      host.showPopover();
    } catch {
      return false; // not in a document
    }
    const closed = () => {
      if (!matches(layer, 'dialog:modal') && !matches(layer, '[popover]:popover-open')) hide(host);
    };
    layer.addEventListener('close', closed, { once: true });
    layer.addEventListener('toggle', closed, { once: true });
  }
  return true;
}

function hide(host: HTMLElement): void {
  if (!matches(host, ':popover-open')) return;
  try {
    host.hidePopover();
  } catch {
    /* not showing */
  }
}

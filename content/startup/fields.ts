/** Which elements are answer fields, and which to leave alone. */
export type Field = HTMLTextAreaElement | HTMLElement;

export const OPT_OUT_ATTRIBUTE = 'data-star-coach';

export type SkipReason =
  | 'disabled'
  | 'read-only'
  | 'opted-out'
  | 'hidden'
  | 'password'
  | 'one-line'
  | 'not-editable'
  | 'too-small';

/**
 * Block editors (Notion and the like) give every paragraph its own contenteditable under one page
 * root: the answer is the whole page, so the page root is the field.
 */
const PAGE_ROOT = '.notion-page-content, [data-star-coach-page]';

function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.tagName === 'TEXTAREA';
}

function isInput(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT';
}

/**
 * The field for an event target (use `event.composedPath()[0]` so targets inside open shadow roots
 * are seen): a textarea or input, the outermost contenteditable host, or a block editor's page root.
 */
export function fieldFor(target: EventTarget | null): Field | null {
  if (!target || (target as Node).nodeType !== 1) return null;
  const el = target as HTMLElement;
  if (isTextarea(el) || isInput(el)) return el;
  if (!el.isContentEditable) return null;
  let root: HTMLElement = el;
  while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
  const page = root.parentElement?.closest<HTMLElement>(PAGE_ROOT);
  if (page) return page;
  let block: HTMLElement | null = null;
  for (let a = root.parentElement; a; a = a.parentElement) if (a.hasAttribute('data-block-id')) block = a;
  return block?.parentElement ?? blockList(root) ?? root;
}

/** Attributes block editors give each block's wrapper (Editor.js's `.ce-block`, BlockNote's blocks). */
const BLOCK_ID_ATTRIBUTES = ['data-id', 'data-block', 'data-node-id'];

/**
 * A block editor known by its structure, not its class names: the contenteditable sits in a block
 * wrapper that carries an id attribute, and that wrapper's parent holds nothing but such blocks
 * (one or many). That parent is the page, and the answer is all of its blocks. A lone element with
 * a `data-id` among other content is not a block list.
 */
function blockList(root: HTMLElement): HTMLElement | null {
  let page: HTMLElement | null = null;
  const top = root.ownerDocument.body;
  for (let a = root.parentElement; a && a !== top; a = a.parentElement) {
    const parent = a.parentElement;
    const attr = BLOCK_ID_ATTRIBUTES.find((name) => a.hasAttribute(name));
    if (!attr || !parent || parent === top) continue;
    const siblings = [...parent.children];
    if (siblings.every((el) => el.hasAttribute(attr) && el.tagName === a.tagName)) page = parent;
  }
  return page;
}

/** The contenteditable roots that make up a field (one, or each block of a page). */
export function editableRoots(field: Field): HTMLElement[] {
  if (isTextarea(field) || field.isContentEditable) return [field];
  return [...field.querySelectorAll<HTMLElement>('[contenteditable]')].filter(
    (el) => el.isContentEditable && !el.parentElement?.isContentEditable,
  );
}

export function isTextareaField(field: Field): field is HTMLTextAreaElement {
  return isTextarea(field);
}

/** Why a field should be left alone, or null when it may be coached. */
export function skipReason(field: Field): SkipReason | null {
  if (isInput(field)) return field.type === 'password' ? 'password' : 'one-line';
  if (isTextarea(field)) {
    if (field.disabled) return 'disabled';
    if (field.readOnly) return 'read-only';
  } else if (editableRoots(field).length === 0) {
    return 'not-editable';
  }
  for (let el: Element | null = field; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    if (el.getAttribute(OPT_OUT_ATTRIBUTE) === 'off') return 'opted-out';
    if (el.getAttribute('data-gramm') === 'false' || el.getAttribute('data-enable-grammarly') === 'false') return 'opted-out';
    if (el.getAttribute('aria-disabled') === 'true') return 'disabled';
  }
  if (field.getAttribute('aria-hidden') === 'true' || field.hidden) return 'hidden';
  const win = field.ownerDocument.defaultView;
  const style = win?.getComputedStyle(field);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return 'hidden';
  // Layout is unknown (zero) outside a real browser; only judge sizes that were measured.
  const rect = field.getBoundingClientRect();
  if (rect.width > 0 && rect.height > 0) {
    if (rect.width < 120 || rect.height < 18) return 'too-small';
    if (isTextarea(field) && field.rows <= 1 && field.getAttribute('rows') !== null) {
      const line = parseFloat(style?.lineHeight ?? '') || parseFloat(style?.fontSize ?? '16') * 1.2;
      if (field.scrollHeight < line * 1.8) return 'one-line';
    }
  }
  return null;
}

/** Which elements are answer fields, and which to leave alone. */
export type Field = HTMLTextAreaElement | HTMLElement;

export const OPT_OUT_ATTRIBUTE = 'data-star-coach';

export type SkipReason =
  | 'disabled'
  | 'read-only'
  | 'opted-out'
  | 'hidden'
  | 'not-editable'
  | 'too-small';

/** The editable root for an event target: a textarea, or the outermost contenteditable host. */
export function fieldFor(target: EventTarget | null): Field | null {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLTextAreaElement) return target;
  const el = target as HTMLElement;
  if (!el.isContentEditable) return null;
  let root: HTMLElement = el;
  while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
  return root;
}

/** Why a field should be left alone, or null when it may be coached. */
export function skipReason(field: Field): SkipReason | null {
  if (field instanceof HTMLTextAreaElement) {
    if (field.disabled) return 'disabled';
    if (field.readOnly) return 'read-only';
  }
  for (let el: Element | null = field; el; el = el.parentElement) {
    if (el.getAttribute(OPT_OUT_ATTRIBUTE) === 'off') return 'opted-out';
    if (el.getAttribute('data-gramm') === 'false' || el.getAttribute('data-enable-grammarly') === 'false') return 'opted-out';
  }
  if (field.getAttribute('aria-hidden') === 'true' || field.hidden) return 'hidden';
  return null;
}

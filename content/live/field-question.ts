import type { PageQuestion } from '../../platform/protocol';

/**
 * The interview question a field answers, as the page shows it, and a key that names the field
 * on its site. Both come from the page's own markup (labels, headings, ids), never from what the
 * user typed: the key is what a per-field question choice is remembered under.
 */
export type FieldQuestion = PageQuestion;

/** The longest question text passed on; longer label text is cut. */
export const MAX_QUESTION_LENGTH = 300;
/** How many elements before the field are looked at for a heading or a question-shaped line. */
const LOOK_BACK = 40;

const HEADING = 'h1,h2,h3,h4,h5,h6,[role="heading"],legend';
// Interview questions open with these words, or end with a question mark.
const QUESTION_START =
  /^(tell (me|us)|describe|give (me |us )?an? (example|time)|share|talk (me |us )?(about|through)|walk (me|us) through|explain|recall|think of|what|how|why|when|where|which|who|have you|can you|could you|did you|do you|would you)\b/i;

const clean = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim().replace(/^(q(uestion)?\s*\d*\s*[:.)-]\s*)/i, '');

const cut = (text: string): string => (text.length > MAX_QUESTION_LENGTH ? text.slice(0, MAX_QUESTION_LENGTH) : text);

/** Whether a line reads like a question an interviewer asks. */
export function isQuestionShaped(text: string): boolean {
  const t = clean(text);
  if (t.length < 8 || t.length > MAX_QUESTION_LENGTH) return false;
  return t.endsWith('?') || QUESTION_START.test(t);
}

/** The text of the elements named by an id list attribute (`aria-labelledby`, `aria-describedby`). */
function textOfIds(el: Element, attribute: string): string {
  const ids = el.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  const root = el.getRootNode() as Document | ShadowRoot;
  return clean(ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
}

function labelText(el: Element): string {
  const labels = (el as HTMLTextAreaElement).labels;
  if (labels && labels.length > 0) return clean([...labels].map((l) => l.textContent).join(' '));
  return clean(el.closest('label')?.textContent);
}

/** The last question-shaped line in an element's text, when it is short enough to be a prompt. */
function questionLineIn(el: Element): string {
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  if (text.length > 2000) return '';
  const lines = text.split(/\n|(?<=[?])\s+/).map(clean).filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) if (isQuestionShaped(lines[i]!)) return lines[i]!;
  return '';
}

/**
 * The nearest question-shaped line or heading before `el` in document order (crossing out of
 * shadow roots to their hosts), up to the first heading: `question` is the nearest line that reads
 * like a question, `heading` the heading of the field's section. No more than `LOOK_BACK` elements.
 */
function precedingPrompt(el: Element): { question: string; heading: string } {
  let seen = 0;
  let node: Element | null = el;
  const found = (heading: string, line = '') => ({ question: line || (isQuestionShaped(heading) ? heading : ''), heading });
  while (node && seen < LOOK_BACK) {
    for (let sibling = node.previousElementSibling; sibling && seen < LOOK_BACK; sibling = sibling.previousElementSibling) {
      seen++;
      if (sibling.matches(HEADING)) return found(clean(sibling.textContent));
      const line = questionLineIn(sibling);
      const headings = sibling.querySelectorAll(HEADING);
      const last = headings[headings.length - 1];
      if (line || last) return found(clean(last?.textContent), line);
    }
    const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    const legend = parent?.matches('fieldset') ? [...parent.children].find((c) => c.tagName === 'LEGEND') : undefined;
    if (legend) return found(clean(legend.textContent));
    node = parent;
  }
  return { question: '', heading: '' };
}

/** The field's name on its site, from its markup; never from its text. */
export function fieldKey(el: Element, label: string): string {
  if (el.id) return `id:${el.id}`;
  const name = el.getAttribute('name');
  if (name) return `name:${name}`;
  if (label) return `label:${label.slice(0, 100).toLowerCase()}`;
  const doc = el.ownerDocument;
  const same = [...doc.querySelectorAll(el.tagName === 'TEXTAREA' ? 'textarea' : '[contenteditable]')];
  return `${el.tagName.toLowerCase()}:${Math.max(0, same.indexOf(el))}`;
}

/**
 * The question a field answers, from what the page puts around it: its `<label>`, `aria-label`,
 * `aria-labelledby`, `aria-describedby`, placeholder, then the nearest heading or question-shaped
 * line before it. The first candidate that reads like a question wins; without one, the first
 * label-like text the page gives (it may still name a question family, "Conflict story").
 */
export function readFieldQuestion(el: Element): FieldQuestion {
  const own = [
    textOfIds(el, 'aria-labelledby'),
    clean(el.getAttribute('aria-label')),
    labelText(el),
    textOfIds(el, 'aria-describedby'),
    clean(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? el.getAttribute('data-placeholder')),
  ];
  const label = own.find(Boolean) ?? '';
  const key = fieldKey(el, own[0] || own[1] || own[2] || '');
  const asked = own.find(isQuestionShaped);
  if (asked) return { text: cut(asked), key };
  const { question, heading } = precedingPrompt(el);
  const text = question || label || heading || null;
  return { text: text ? cut(text) : null, key };
}

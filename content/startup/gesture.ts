/**
 * Whether an event is the user's, not something the page's own scripts made up. A script's
 * `dispatchEvent` is never trusted (`isTrusted`), but two things a script can do fire trusted
 * events: `focus()` and `document.execCommand('insertText')`. So an input counts only right after
 * a trusted `beforeinput` in the same field (typing, pasting, dropping, undo and IME all fire one;
 * `execCommand` does not), and a focus only right after the user pressed in that field (or a
 * label of it) or pressed Tab.
 */
export interface Gestures {
  /** An input, key or pointer event from the user; a focus only when the user caused it. */
  fromUser(event: Event): boolean;
  /** Whether the last event `fromUser` accepted happened in `element` (or inside it). */
  lastIn(element: Element): boolean;
}

/** How long after a press a focus (after a `beforeinput`, an input) still counts as its result. */
const PRESS_TO_FOCUS_MS = 1_000;

export function watchGestures(page: Document, signal: AbortSignal): Gestures {
  let press: { target: EventTarget | null; at: number; tab: boolean } | null = null;
  /** The last trusted `beforeinput`; `pending` until its own input arrives, however long the browser took to insert it. */
  let typing: { target: EventTarget | null; at: number; pending: boolean } | null = null;
  let last: EventTarget | null = null;
  const now = () => page.defaultView?.performance.now() ?? 0;
  const onPress = (event: Event) => {
    if (!event.isTrusted) return;
    const tab = event.type === 'keydown' && (event as KeyboardEvent).key === 'Tab';
    if (event.type === 'keydown' && !tab) return;
    press = { target: event.composedPath()[0] ?? event.target, at: now(), tab };
  };
  const options = { capture: true, passive: true, signal };
  page.addEventListener('pointerdown', onPress, options);
  page.addEventListener('mousedown', onPress, options);
  page.addEventListener('keydown', onPress, options);
  page.addEventListener(
    'beforeinput',
    (event) => {
      if (event.isTrusted) typing = { target: event.composedPath()[0] ?? event.target, at: now(), pending: true };
    },
    options,
  );

  /** The user's own typing: a trusted `beforeinput` in this field just before (an editor may redo the input event itself). */
  const typedByUser = (event: Event): boolean => {
    if (!typing || !related(event.composedPath()[0] ?? event.target, typing.target)) return false;
    if (typing.pending) {
      // The input of that beforeinput: inserting a very large paste can take seconds.
      typing.pending = false;
      typing.at = now();
      return true;
    }
    return now() - typing.at <= PRESS_TO_FOCUS_MS;
  };

  const focusedByPress = (event: Event): boolean => {
    if (!press || now() - press.at > PRESS_TO_FOCUS_MS) return false;
    if (press.tab) return true;
    const field = event.composedPath()[0] ?? event.target;
    const pressed = press.target as Node | null;
    if (!isNode(field) || !pressed) return false;
    if (field === pressed || field.contains(pressed)) return true;
    // A press on a <label> focuses its control.
    const label = (pressed as Element).closest?.('label') as HTMLLabelElement | null;
    return label?.control === field;
  };

  return {
    fromUser(event) {
      const ok =
        event.type === 'input' ? typedByUser(event) : event.isTrusted && (event.type === 'focusin' || event.type === 'focus' ? focusedByPress(event) : true);
      if (ok && (event.type === 'input' || event.type === 'focusin')) last = event.composedPath()[0] ?? event.target;
      return ok;
    },
    lastIn(element) {
      return isNode(last) && (last === element || element.contains(last));
    },
  };
}

/** The same node, or one inside the other. */
function related(a: EventTarget | null, b: EventTarget | null): boolean {
  if (!isNode(a) || !isNode(b)) return false;
  return a === b || a.contains(b) || b.contains(a);
}

/** A DOM node of any frame (`instanceof Node` fails for a frame's nodes seen from its parent's script). */
function isNode(target: EventTarget | null): target is Node {
  return target !== null && typeof (target as Node).contains === 'function' && typeof (target as Node).nodeType === 'number';
}

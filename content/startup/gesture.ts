/**
 * Whether an event is the user's, not something the page's own scripts made up. Input counts when
 * it is trusted (`isTrusted`: a script's `dispatchEvent` never is). A focus is trickier: a script's
 * `focus()` fires trusted focus events too, so a focus counts only right after the user pressed
 * in that field (or a label of it) or pressed Tab.
 */
export interface Gestures {
  /** An input, key or pointer event from the user; a focus only when the user caused it. */
  fromUser(event: Event): boolean;
  /** Whether the last event `fromUser` accepted happened in `element` (or inside it). */
  lastIn(element: Element): boolean;
}

/** How long after a press a focus still counts as its result. */
const PRESS_TO_FOCUS_MS = 1_000;

export function watchGestures(page: Document, signal: AbortSignal): Gestures {
  let press: { target: EventTarget | null; at: number; tab: boolean } | null = null;
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

  const focusedByPress = (event: Event): boolean => {
    if (!press || now() - press.at > PRESS_TO_FOCUS_MS) return false;
    if (press.tab) return true;
    const field = event.composedPath()[0] ?? event.target;
    const pressed = press.target as Node | null;
    if (!(field instanceof Node) || !pressed) return false;
    if (field === pressed || field.contains(pressed)) return true;
    // A press on a <label> focuses its control.
    const label = (pressed as Element).closest?.('label') as HTMLLabelElement | null;
    return label?.control === field;
  };

  return {
    fromUser(event) {
      const ok = event.isTrusted && (event.type !== 'focusin' && event.type !== 'focus' ? true : focusedByPress(event));
      if (ok && (event.type === 'input' || event.type === 'focusin')) last = event.composedPath()[0] ?? event.target;
      return ok;
    },
    lastIn(element) {
      return last instanceof Node && (last === element || element.contains(last));
    },
  };
}

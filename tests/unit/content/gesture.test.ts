// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchGestures } from '../../../content/startup/gesture';

/** An event as the browser makes it for the user (`isTrusted`), which a page script cannot make. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('gestures: only the user starts coaching', () => {
  const controller = new AbortController();
  afterEach(() => vi.useRealTimers());

  function setUp() {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea>';
    const a = document.querySelector('#a') as HTMLTextAreaElement;
    const b = document.querySelector('#b') as HTMLTextAreaElement;
    return { a, b, gestures: watchGestures(document, controller.signal) };
  }

  it('an input right after a trusted beforeinput in the same field is the user\'s', () => {
    const { a, gestures } = setUp();
    a.dispatchEvent(trusted(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText' })));
    expect(gestures.fromUser(trusted(new InputEvent('input', { bubbles: true })))).toBe(false); // dispatched on no field
    const input = trusted(new InputEvent('input', { bubbles: true }));
    a.dispatchEvent(input);
    expect(gestures.fromUser(input)).toBe(true);
    expect(gestures.lastIn(a)).toBe(true);
  });

  it('an input with no trusted beforeinput (a script\'s execCommand or dispatchEvent) is not', () => {
    const { a, gestures } = setUp();
    a.dispatchEvent(new InputEvent('beforeinput', { bubbles: true })); // untrusted
    const input = trusted(new InputEvent('input', { bubbles: true }));
    a.dispatchEvent(input);
    expect(gestures.fromUser(input)).toBe(false);
  });

  it('a beforeinput in one field does not vouch for an input in another', () => {
    const { a, b, gestures } = setUp();
    a.dispatchEvent(trusted(new InputEvent('beforeinput', { bubbles: true })));
    const input = trusted(new InputEvent('input', { bubbles: true }));
    b.dispatchEvent(input);
    expect(gestures.fromUser(input)).toBe(false);
  });

  it('a very large paste whose input arrives seconds after its beforeinput still counts, once', () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const { a, gestures } = setUp();
    a.dispatchEvent(trusted(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertFromPaste' })));
    clock = 5_000; // the browser took 5 s to insert ten million characters
    const input = trusted(new InputEvent('input', { bubbles: true }));
    a.dispatchEvent(input);
    expect(gestures.fromUser(input)).toBe(true);
    // an editor re-dispatching its input soon after still counts; a script's input much later does not
    clock = 5_200;
    expect(gestures.fromUser(input)).toBe(true);
    clock = 9_000;
    expect(gestures.fromUser(input)).toBe(false);
  });
});

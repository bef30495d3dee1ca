/**
 * STAR Coach's shadow roots are closed (`host.shadowRoot` is null to anyone but the code that made
 * them). Unit tests under happy-dom reach them by recording every root as it is attached; import
 * this module before the code under test creates any.
 */
const roots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attach.call(this, init);
  roots.set(this, root);
  return root;
};

/** The shadow root of `host`, open or closed. */
export function shadowOf(host: Element | null | undefined): ShadowRoot | null {
  return host ? (roots.get(host) ?? null) : null;
}

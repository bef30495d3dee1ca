/**
 * One live coach per document: the extension's own script in this frame, or the parent frame's
 * coach for a frame the extension cannot inject into (an about:blank frame written by script).
 * A document is claimed with a listener, not a flag: `document.open()` erases every listener of a
 * document it rewrites, so a rewritten document is free again.
 */
let ping = 'star-coach-ping';

/**
 * Name the claim event after a secret both sides know and pages do not: the event is dispatched on
 * the page's document, and a page listening for a fixed name would learn STAR Coach is installed.
 * The extension passes the per-session URL of its live-coaching file (`use_dynamic_url`), the same
 * in every frame of the session. Call before any claim.
 */
export function useClaimName(secret: string): void {
  let hash = 5381;
  for (let i = 0; i < secret.length; i++) hash = ((hash * 33) ^ secret.charCodeAt(i)) >>> 0;
  ping = `x${hash.toString(36)}${secret.length.toString(36)}`;
}

/** Whether a coach (or the start-up script that will start one) has claimed `page`. */
export function isCoached(page: Document): boolean {
  return !page.dispatchEvent(new Event(ping, { cancelable: true }));
}

/** Claim `page` until `signal` aborts; false when it is claimed already. */
export function claimDocument(page: Document, signal: AbortSignal): boolean {
  if (isCoached(page)) return false;
  page.addEventListener(ping, (e) => e.preventDefault(), { signal });
  return true;
}

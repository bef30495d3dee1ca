// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimDocument, isCoached, useClaimName } from '../../../content/startup/claim';

const controllers: AbortController[] = [];
const signal = () => {
  const c = new AbortController();
  controllers.push(c);
  return c.signal;
};
afterEach(() => controllers.splice(0).forEach((c) => c.abort()));

describe('claiming a document', () => {
  it('lets one coach have a document, and frees it when that coach stops', () => {
    useClaimName('chrome-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc/live-coach.js');
    const first = new AbortController();
    expect(isCoached(document)).toBe(false);
    expect(claimDocument(document, first.signal)).toBe(true);
    expect(isCoached(document)).toBe(true);
    expect(claimDocument(document, signal())).toBe(false);
    first.abort();
    expect(claimDocument(document, signal())).toBe(true);
  });

  it('dispatches nothing a page could listen for by a fixed name', () => {
    const seen = vi.fn();
    for (const name of ['star-coach-ping', 'star-coach', 'ping']) document.addEventListener(name, seen);
    useClaimName('chrome-extension://9a8b7c6d-1111-2222-3333-444455556666/live-coach.js');
    claimDocument(document, signal());
    isCoached(document);
    expect(seen).not.toHaveBeenCalled();
  });

  it('names the claim after the session secret: another session\'s name does not see this claim', () => {
    useClaimName('chrome-extension://11111111-1111-1111-1111-111111111111/live-coach.js');
    claimDocument(document, signal());
    expect(isCoached(document)).toBe(true);
    useClaimName('chrome-extension://22222222-2222-2222-2222-222222222222/live-coach.js');
    expect(isCoached(document)).toBe(false);
  });
});

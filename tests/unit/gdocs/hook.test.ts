// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { installHook } from '../../../content/gdocs/hook';
import { HANDSHAKE_ATTRIBUTE } from '../../../content/gdocs/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const handshake = JSON.stringify({ id: ID, nonce: '0123456789abcdef0123456789abcdef' });
type Win = Window & typeof globalThis & { happyDOM: { setURL(url: string): void }; _docs_annotate_canvas_by_ext?: string };
const win = window as unknown as Win;

describe('main-world hook: the flag', () => {
  afterEach(() => {
    delete win._docs_annotate_canvas_by_ext;
    document.documentElement.removeAttribute(HANDSHAKE_ATTRIBUTE);
  });

  it('sets the flag from the handshake and removes the handshake from the page', () => {
    win.happyDOM.setURL('http://127.0.0.1:5000/gdocs/hook.html?star-coach-docs-fixture=1');
    document.documentElement.setAttribute(HANDSHAKE_ATTRIBUTE, handshake);
    installHook(win);
    expect(win._docs_annotate_canvas_by_ext).toBe(ID);
    expect(document.documentElement.hasAttribute(HANDSHAKE_ATTRIBUTE)).toBe(false);
  });

  it('waits for a handshake written after it runs', async () => {
    win.happyDOM.setURL('http://127.0.0.1:5000/gdocs/hook.html?star-coach-docs-fixture=1');
    installHook(win);
    expect(win._docs_annotate_canvas_by_ext).toBeUndefined();
    document.documentElement.setAttribute(HANDSHAKE_ATTRIBUTE, handshake);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(win._docs_annotate_canvas_by_ext).toBe(ID);
    expect(document.documentElement.hasAttribute(HANDSHAKE_ATTRIBUTE)).toBe(false);
  });

  it('does nothing on any other page, and ignores a malformed handshake', () => {
    win.happyDOM.setURL('https://example.com/document/');
    document.documentElement.setAttribute(HANDSHAKE_ATTRIBUTE, handshake);
    installHook(win);
    expect(win._docs_annotate_canvas_by_ext).toBeUndefined();
    expect(document.documentElement.hasAttribute(HANDSHAKE_ATTRIBUTE)).toBe(true);

    win.happyDOM.setURL('https://docs.google.com/document/d/x/edit');
    document.documentElement.setAttribute(HANDSHAKE_ATTRIBUTE, '{"id":"<img onerror>","nonce":"x"}');
    installHook(win);
    expect(win._docs_annotate_canvas_by_ext).toBeUndefined();
  });
});

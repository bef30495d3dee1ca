import { describe, expect, it } from 'vitest';
import { MAX_TEXT, parseHandshake, parseReply, parseRequest } from '../../../content/gdocs/protocol';
import { caretOf, isDocsUrl } from '../../../content/gdocs/docs-page';

describe('the channel between the hook and the coach accepts only its own shapes', () => {
  it('replies: text with a caret, yes/no, or nothing', () => {
    expect(parseReply({ kind: 'text', seq: 3, text: 'hi', caret: 1 })).toEqual({ kind: 'text', seq: 3, text: 'hi', caret: 1 });
    expect(parseReply({ kind: 'text', seq: 3, text: 'hi', caret: null })).toEqual({ kind: 'text', seq: 3, text: 'hi', caret: null });
    expect(parseReply({ kind: 'selected', seq: 1, ok: true })).toEqual({ kind: 'selected', seq: 1, ok: true });
    expect(parseReply({ kind: 'unavailable', seq: 2, extra: 'ignored' })).toEqual({ kind: 'unavailable', seq: 2 });
    for (const bad of [
      null,
      'text',
      { kind: 'text', seq: 1, text: 42, caret: 0 },
      { kind: 'text', seq: 1, text: 'x', caret: -1 },
      { kind: 'text', seq: 1, text: 'x', caret: 1.5 },
      { kind: 'text', seq: '1', text: 'x', caret: 0 },
      { kind: 'text', seq: 1, text: 'x'.repeat(MAX_TEXT + 1), caret: 0 },
      { kind: 'selected', seq: 1, ok: 'yes' },
      { kind: 'run', seq: 1, code: 'alert(1)' },
    ]) {
      expect(parseReply(bad)).toBeNull();
    }
  });

  it('requests: read, or select a valid range', () => {
    expect(parseRequest({ kind: 'read', seq: 0 })).toEqual({ kind: 'read', seq: 0 });
    expect(parseRequest({ kind: 'select', seq: 1, start: 2, end: 5 })).toEqual({ kind: 'select', seq: 1, start: 2, end: 5 });
    expect(parseRequest({ kind: 'select', seq: 1, start: 5, end: 2 })).toBeNull();
    expect(parseRequest({ kind: 'select', seq: 1, start: '2', end: 5 })).toBeNull();
    expect(parseRequest({ kind: 'eval', seq: 1 })).toBeNull();
  });

  it('handshake: an extension id and a long nonce, nothing else', () => {
    expect(parseHandshake('{"id":"abcdefghijklmnopabcdefghijklmnop","nonce":"0123456789abcdef0123"}')).toEqual({
      id: 'abcdefghijklmnopabcdefghijklmnop',
      nonce: '0123456789abcdef0123',
    });
    // Firefox's add-on ids: a braced UUID (the Firefox build's) or an email-like name.
    expect(parseHandshake('{"id":"{6c1b7a52-3f0e-4d8e-9b1a-5e2c7d4f9a31}","nonce":"0123456789abcdef0123"}')?.id).toBe('{6c1b7a52-3f0e-4d8e-9b1a-5e2c7d4f9a31}');
    expect(parseHandshake('{"id":"star-coach@example.org","nonce":"0123456789abcdef0123"}')?.id).toBe('star-coach@example.org');
    expect(parseHandshake('{"id":"{not-a-uuid}","nonce":"0123456789abcdef0123"}')).toBeNull();
    expect(parseHandshake('{"id":"<script>","nonce":"0123456789abcdef0123"}')).toBeNull();
    expect(parseHandshake('{"id":"abc","nonce":"short"}')).toBeNull();
    expect(parseHandshake('not json')).toBeNull();
    expect(parseHandshake(null)).toBeNull();
  });
});

describe('Docs surface', () => {
  it('matches Docs documents, and the fixture only on loopback with its flag', () => {
    expect(isDocsUrl('https://docs.google.com/document/d/abc/edit')).toBe(true);
    expect(isDocsUrl('https://docs.google.com/spreadsheets/d/abc/edit')).toBe(false);
    expect(isDocsUrl('https://docs.google.com.evil.test/document/d/abc')).toBe(false);
    expect(isDocsUrl('http://127.0.0.1:4321/gdocs/hook.html?star-coach-docs-fixture=1')).toBe(true);
    expect(isDocsUrl('http://127.0.0.1:4321/gdocs/hook.html')).toBe(false);
    expect(isDocsUrl('http://127.0.0.1:4321/other/hook.html?star-coach-docs-fixture=1')).toBe(false);
    expect(isDocsUrl('http://localhost:4321/gdocs/hook.html?star-coach-docs-fixture=1')).toBe(false);
    expect(isDocsUrl('https://example.com/gdocs/?star-coach-docs-fixture=1')).toBe(false);
    expect(isDocsUrl('not a url')).toBe(false);
  });

  it('reads a caret from the selection shapes Docs may return', () => {
    expect(caretOf([{ start: 4, end: 9 }])).toBe(4);
    expect(caretOf({ anchor: 7 })).toBe(7);
    expect(caretOf(3)).toBe(3);
    expect(caretOf([])).toBeNull();
    expect(caretOf({ start: -1 })).toBeNull();
    expect(caretOf('4')).toBeNull();
  });
});

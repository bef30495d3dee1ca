// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldFor, skipReason } from '../../../content/fields';

describe('fieldFor', () => {
  it('finds a textarea and the outermost contenteditable root', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><div id="root" contenteditable="true"><p><b id="inner">x</b></p></div><p id="plain">x</p>';
    expect(fieldFor(document.getElementById('t'))?.id).toBe('t');
    expect(fieldFor(document.getElementById('inner'))?.id).toBe('root');
    expect(fieldFor(document.getElementById('plain'))).toBeNull();
  });
});

describe('skipReason', () => {
  it('skips disabled, read-only and opted-out fields and keeps ordinary ones', () => {
    document.body.innerHTML = `
      <textarea id="ok"></textarea>
      <textarea id="disabled" disabled></textarea>
      <textarea id="ro" readonly></textarea>
      <div data-gramm="false"><textarea id="gramm"></textarea></div>
      <textarea id="own" data-star-coach="off"></textarea>`;
    const reason = (id: string) => skipReason(document.getElementById(id) as HTMLTextAreaElement);
    expect(reason('ok')).toBeNull();
    expect(reason('disabled')).toBe('disabled');
    expect(reason('ro')).toBe('read-only');
    expect(reason('gramm')).toBe('opted-out');
    expect(reason('own')).toBe('opted-out');
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditable } from '../../../content/live/sources/text-model';

function editable(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('readEditable', () => {
  it('reads paragraphs and line breaks as a reader sees them', () => {
    const el = editable('<p>We ran a job.</p><p>We figured <b>it</b> out.<br>Then I fixed it.</p>');
    expect(readEditable(el).text).toBe('We ran a job.\nWe figured it out.\nThen I fixed it.\n');
  });

  it('maps offsets back to a DOM range across inline elements', () => {
    const el = editable('<p>We figured <b>it</b> out together.</p>');
    const snap = readEditable(el);
    const start = snap.text.indexOf('figured');
    const end = snap.text.indexOf(' together');
    const range = rangeFor(snap, start, end)!;
    expect(range.toString()).toBe('figured it out');
  });

  it('returns no range for an empty span or an empty field', () => {
    const el = editable('');
    expect(rangeFor(readEditable(el), 0, 3)).toBeNull();
    const full = editable('<p>text</p>');
    expect(rangeFor(readEditable(full), 2, 2)).toBeNull();
  });
});

describe('readRoots', () => {
  it('reads the blocks of a page as one draft and maps offsets back to each block', async () => {
    const { readRoots } = await import('../../../content/live/sources/text-model');
    document.body.innerHTML = '<div id="page"><div contenteditable="true" id="a">Our job failed.</div><div contenteditable="true" id="b">We figured <i>it</i> out.</div></div>';
    const roots = [document.getElementById('a')!, document.getElementById('b')!];
    const snapshot = readRoots(roots);
    expect(snapshot.text).toBe('Our job failed.\nWe figured it out.');
    const start = snapshot.text.indexOf('We figured');
    const range = rangeFor(snapshot, start, start + 'We figured'.length)!;
    expect(range.toString()).toBe('We figured');
    expect(roots[1]!.contains(range.startContainer)).toBe(true);
  });
});

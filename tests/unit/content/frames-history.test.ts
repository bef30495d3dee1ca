// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorHistory } from '../../../content/live/sources/history';
import { siteOf } from '../../../content/live/session';
import { visibleBox } from '../../../content/live/frames';

describe('editorHistory', () => {
  it('finds TinyMCE by its content body and marks an undo level with the input TinyMCE records', () => {
    document.body.innerHTML = '<div class="mce-content-body" contenteditable="true"><p id="p">text</p></div>';
    const body = document.querySelector<HTMLElement>('.mce-content-body')!;
    const seen: Array<{ type: string; inputType: string }> = [];
    body.addEventListener('input', (e) => seen.push({ type: e.type, inputType: (e as InputEvent).inputType }));
    const history = editorHistory(document.getElementById('p')!);
    expect(history?.editor).toBe('tinymce');
    history!.mark();
    expect(seen).toEqual([{ type: 'input', inputType: 'insertReplacementText' }]);
    // Nothing in the editor changed.
    expect(body.innerHTML).toBe('<p id="p">text</p>');
  });

  it('leaves other editors to the browser\'s own history', () => {
    document.body.innerHTML = '<div class="ProseMirror" contenteditable="true"><p id="p">text</p></div>';
    expect(editorHistory(document.getElementById('p')!)).toBeNull();
  });
});

describe('siteOf', () => {
  const at = (href: string, origin: string, windowOrigin: string) => ({ location: { href, origin } as Location, origin: windowOrigin });
  it('is the origin of an ordinary page', () => {
    expect(siteOf(at('https://jobs.example/apply?x=1', 'https://jobs.example', 'https://jobs.example'))).toBe('https://jobs.example');
  });
  it('is the writing page\'s origin in a srcdoc frame, whose URL has no origin', () => {
    expect(siteOf(at('about:srcdoc', 'null', 'https://jobs.example'))).toBe('https://jobs.example');
  });
  it('keeps the address of a page with an opaque origin', () => {
    expect(siteOf(at('file:///tmp/a.html?q', 'null', 'null'))).toBe('file:///tmp/a.html');
  });
});

describe('visibleBox', () => {
  it('is the element\'s own box in a top-level document', () => {
    document.body.innerHTML = '<div id="f"></div>';
    const f = document.getElementById('f')!;
    expect(visibleBox(f)).toEqual(f.getBoundingClientRect());
  });
});

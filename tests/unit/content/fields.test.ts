// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldFor, skipReason } from '../../../content/startup/fields';

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

describe('block editors, inputs and shadow roots', () => {
  it('treats a Notion-like page root as one field made of its blocks', async () => {
    const { editableRoots } = await import('../../../content/startup/fields');
    document.body.innerHTML = `
      <div class="notion-page-content" id="page">
        <div data-block-id="1"><div contenteditable="true" id="b1">One.</div></div>
        <div data-block-id="2"><div contenteditable="true" id="b2"><span id="leaf">Two.</span></div></div>
      </div>
      <div data-block-id="x" id="wrap"><div data-block-id="y"><div contenteditable="true" id="b3">Three.</div></div></div>`;
    const field = fieldFor(document.getElementById('leaf'));
    expect(field?.id).toBe('page');
    expect(editableRoots(field!).map((r) => r.id)).toEqual(['b1', 'b2']);
    // Without a known page root, the parent of the outermost block is the page.
    expect(fieldFor(document.getElementById('b3'))).toBe(document.body);
  });

  it('groups a block editor by its structure: blocks with ids that are all their parent holds', async () => {
    const { editableRoots } = await import('../../../content/startup/fields');
    // Editor.js's shape, with its class names left out: the structure alone decides.
    document.body.innerHTML = `
      <div id="holder"><div id="redactor">
        <div data-id="a1"><div><div contenteditable="true" id="p1">One.</div></div></div>
        <div data-id="a2"><div><div contenteditable="true" id="p2"><b id="bold">Two.</b></div></div></div>
      </div></div>
      <form><div data-id="comment"><div contenteditable="true" id="lone">A comment box.</div></div><button>Send</button></form>`;
    const field = fieldFor(document.getElementById('bold'));
    expect(field?.id).toBe('redactor');
    expect(editableRoots(field!).map((r) => r.id)).toEqual(['p1', 'p2']);
    // A single element with a data-id among a form's other content is not a block list.
    expect(fieldFor(document.getElementById('lone'))?.id).toBe('lone');
  });

  it('leaves password and one-line inputs alone', () => {
    document.body.innerHTML = '<input id="pw" type="password"><input id="q" type="text">';
    expect(skipReason(fieldFor(document.getElementById('pw'))!)).toBe('password');
    expect(skipReason(fieldFor(document.getElementById('q'))!)).toBe('one-line');
  });

  it('sees an opt-out on the host of a shadow root, and data-enable-grammarly', () => {
    document.body.innerHTML = '<div id="host" data-gramm="false"></div><div id="g" contenteditable="true" data-enable-grammarly="false"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="inner"></textarea>';
    expect(skipReason(root.getElementById('inner') as HTMLTextAreaElement)).toBe('opted-out');
    expect(skipReason(document.getElementById('g')!)).toBe('opted-out');
  });
});

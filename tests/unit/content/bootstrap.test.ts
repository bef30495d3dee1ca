// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageEvents } from '../../../content/startup/answer';
import { bootstrap } from '../../../content/startup/bootstrap';
import { claimDocument } from '../../../content/startup/claim';
import type { Live, LiveModule } from '../../../content/startup/handoff';
import { EMPTY_SELECTION_MESSAGE } from '../../../content/startup/selection-text';
import { sendToTab } from '../../../platform/protocol';
import { analyze } from '../../../lib/analyze';

/** Where the extension's messages arrive in a unit test: WXT's fake browser, as tests/unit/setup.ts adapts it. */
const messages = () => (globalThis as unknown as { chrome: { runtime: { onMessage: MessageEvents } } }).chrome.runtime.onMessage;
const tick = (ms = 10) => new Promise((ok) => setTimeout(ok, ms));

/** A live-coaching module that records what the start-up script asks of it. */
function fakeModule() {
  const live: Live = {
    reveal: vi.fn((key: string) => key === 'we-action@0-14'),
    pageInfo: vi.fn(async () => ({ origin: 'http://localhost:3000', liveEnabled: true })),
    showSelectionReport: vi.fn(() => true),
  };
  const module: LiveModule = { start: vi.fn(() => live), notice: vi.fn() };
  return { live, module, load: vi.fn(async () => module) };
}

let controller: AbortController;
function setup(load: () => Promise<LiveModule>, log = vi.fn()) {
  document.body.innerHTML =
    '<button id="b">Send</button><input id="name"><input id="pw" type="password"><textarea id="t"></textarea><textarea id="off" data-star-coach="off"></textarea>';
  controller = new AbortController();
  const boot = bootstrap(document, { load, messages: messages(), isInvalid: () => false, log, fromUser: () => true }, controller.signal);
  return { boot, log, byId: (id: string) => document.getElementById(id) as HTMLElement };
}

afterEach(() => controller?.abort());

describe('bootstrap', () => {
  it('loads nothing on start, nor for focus outside answer fields, and says why a field is skipped', async () => {
    const { load } = fakeModule();
    const { byId, log } = setup(load);
    byId('b').focus();
    byId('pw').focus();
    byId('off').focus();
    byId('off').dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(load).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('skipping field: password', byId('pw'));
    expect(log).toHaveBeenCalledWith('skipping field: opted-out', byId('off'));
    expect(log.mock.calls.filter(([m]) => m === 'skipping field: opted-out')).toHaveLength(1);
  });

  it("starts nothing for input the page's own script made up (untrusted events)", async () => {
    const { load } = fakeModule();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    controller = new AbortController();
    bootstrap(document, { load, messages: messages(), isInvalid: () => false }, controller.signal);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.value = 'We figured out the root cause together.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(load).not.toHaveBeenCalled();
  });

  it('starts live coaching once, on the first focus in an answer field', async () => {
    const { load, module, live } = fakeModule();
    const { boot, byId } = setup(load);
    expect(boot.started()).toBeNull();
    byId('t').focus();
    await tick();
    expect(load).toHaveBeenCalledTimes(1);
    expect(module.start).toHaveBeenCalledWith(document, controller.signal, expect.objectContaining({ isInvalid: expect.any(Function) }));
    expect(boot.started()).toBe(live);
    byId('b').focus();
    byId('t').focus();
    byId('t').dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(load).toHaveBeenCalledTimes(1);
    expect(module.start).toHaveBeenCalledTimes(1);
  });

  it('starts on input too (a field focused before the script ran)', async () => {
    const { load, module } = fakeModule();
    const { byId } = setup(load);
    byId('t').dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(module.start).toHaveBeenCalledTimes(1);
  });

  it('says so and tries again next time when the code cannot be loaded', async () => {
    const { module } = fakeModule();
    const load = vi.fn().mockRejectedValueOnce(new Error('blocked')).mockResolvedValue(module);
    const { boot, byId, log } = setup(load);
    byId('t').focus();
    await tick();
    expect(log).toHaveBeenCalledWith('could not start live coaching', expect.any(Error));
    expect(boot.started()).toBeNull();
    byId('b').focus();
    byId('t').focus();
    await tick();
    expect(load).toHaveBeenCalledTimes(2);
    expect(module.start).toHaveBeenCalledTimes(1);
  });

  it('stops listening when aborted', async () => {
    const { load } = fakeModule();
    const { byId } = setup(load);
    controller.abort();
    byId('t').focus();
    await tick();
    expect(load).not.toHaveBeenCalled();
  });

  it('loads nothing once the extension has been reloaded under the page', async () => {
    const { load } = fakeModule();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    controller = new AbortController();
    const stopped = controller;
    const isInvalid = vi.fn(() => (stopped.abort(), true));
    const boot = bootstrap(document, { load, messages: messages(), isInvalid, fromUser: () => true }, controller.signal);
    (document.getElementById('t') as HTMLTextAreaElement).focus();
    await tick();
    expect(isInvalid).toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    expect(stopped.signal.aborted).toBe(true);
    expect(boot.started()).toBeNull();
  });

  it('leaves a document another coach has claimed', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const other = new AbortController();
    claimDocument(document, other.signal);
    const { load } = fakeModule();
    controller = new AbortController();
    const boot = bootstrap(document, { load, messages: messages(), isInvalid: () => false, fromUser: () => true }, controller.signal);
    (document.getElementById('t') as HTMLTextAreaElement).focus();
    await tick();
    expect(load).not.toHaveBeenCalled();
    await expect(boot.live()).rejects.toThrow(/another coach/);
    other.abort();
  });
});

describe('bootstrap: answering the extension', () => {
  it('reveals only once coaching runs, and starts it for the popup and the selection panel', async () => {
    const { load, live, module } = fakeModule();
    setup(load);
    // Nothing placed any finding yet: no need to load anything to say so.
    expect(await sendToTab('revealFinding', { key: 'we-action@0-14' })).toBe(false);
    expect(load).not.toHaveBeenCalled();
    expect(await sendToTab('getPageInfo', undefined)).toEqual({ origin: 'http://localhost:3000', liveEnabled: true });
    expect(module.start).toHaveBeenCalledTimes(1);
    expect(await sendToTab('revealFinding', { key: 'we-action@0-14' })).toBe(true);
    expect(await sendToTab('revealFinding', { key: 'we-action@99-100' })).toBe(false);
    const text = 'We figured out the root cause together.';
    expect(await sendToTab('showSelectionReport', { text, report: analyze(text) })).toBe(true);
    expect(live.showSelectionReport).toHaveBeenCalledWith({ text, report: expect.objectContaining({ score: expect.any(Number) }) });
    expect(module.start).toHaveBeenCalledTimes(1);
  });

  it('reads the selection without loading anything, and loads only the notice when there is none', async () => {
    const { load, module } = fakeModule();
    setup(load);
    const quote = document.createElement('p');
    quote.textContent = 'We figured out the root cause.';
    document.body.append(quote);
    document.getSelection()!.selectAllChildren(quote);
    expect(await sendToTab('getSelectionText', { notifyIfEmpty: true })).toBe('We figured out the root cause.');
    expect(load).not.toHaveBeenCalled();
    document.getSelection()!.removeAllRanges();
    expect(await sendToTab('getSelectionText', { notifyIfEmpty: false })).toBe('');
    await tick();
    expect(load).not.toHaveBeenCalled();
    expect(await sendToTab('getSelectionText', { notifyIfEmpty: true })).toBe('');
    await tick();
    expect(module.notice).toHaveBeenCalledWith(document, EMPTY_SELECTION_MESSAGE);
    expect(module.start).not.toHaveBeenCalled();
  });
});

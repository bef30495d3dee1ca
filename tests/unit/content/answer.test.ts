import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerMessages, type MessageEvents } from '../../../content/startup/answer';
import { onTabMessage, sendToTab } from '../../../platform/protocol';
import { analyze } from '../../../lib/analyze';

// The library's own sendMessage, on WXT's fake browser (tests/unit/setup.ts): the plain listener
// must answer what the library sends, in the library's wire format, or the popup hears nothing.
const events = () => (globalThis as unknown as { chrome: { runtime: { onMessage: MessageEvents } } }).chrome.runtime.onMessage;
const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('answerMessages', () => {
  it('answers the library\'s sendMessage, synchronously or asynchronously', async () => {
    stops.push(
      answerMessages(events(), {
        getSelectionText: ({ data }) => (data.notifyIfEmpty ? 'asked to notify' : 'quiet'),
        getPageInfo: async () => ({ origin: 'https://jobs.example', liveEnabled: false }),
      }),
    );
    expect(await sendToTab('getSelectionText', { notifyIfEmpty: true })).toBe('asked to notify');
    expect(await sendToTab('getSelectionText', { notifyIfEmpty: false })).toBe('quiet');
    expect(await sendToTab('getPageInfo', undefined)).toEqual({ origin: 'https://jobs.example', liveEnabled: false });
  });

  it('sends a handler\'s error back as the library\'s error', async () => {
    const text = 'We figured out the root cause.';
    stops.push(
      answerMessages(events(), {
        showSelectionReport: async () => {
          throw new TypeError('no room for the panel');
        },
      }),
    );
    const error = await sendToTab('showSelectionReport', { text, report: analyze(text) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('no room for the panel');
    expect((error as Error).name).toBe('TypeError');
  });

  it('leaves other messages to other listeners, and stops when asked', async () => {
    const reveal = vi.fn(() => true);
    const stop = answerMessages(events(), { revealFinding: reveal });
    const removeOther = onTabMessage('getSelectionText', () => 'from the library');
    stops.push(removeOther);
    expect(await sendToTab('getSelectionText', { notifyIfEmpty: false })).toBe('from the library');
    expect(await sendToTab('revealFinding', { key: 'we-action@0-14' })).toBe(true);
    expect(reveal).toHaveBeenCalledWith(expect.objectContaining({ data: { key: 'we-action@0-14' }, type: 'revealFinding' }));
    stop();
    await expect(sendToTab('revealFinding', { key: 'we-action@0-14' })).rejects.toThrow();
  });

  it('ignores what is not a protocol message', () => {
    let listener: Parameters<MessageEvents['addListener']>[0] | undefined;
    answerMessages({ addListener: (l) => (listener = l), removeListener: () => {} }, { revealFinding: () => true });
    const respond = vi.fn();
    expect(listener!('revealFinding', {}, respond)).toBeUndefined();
    expect(listener!({ type: 'revealFinding' }, {}, respond)).toBeUndefined(); // no timestamp
    expect(listener!({ type: 'toString', timestamp: 1 }, {}, respond)).toBeUndefined(); // not a handler of its own
    expect(respond).not.toHaveBeenCalled();
  });
});

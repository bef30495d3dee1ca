import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToWorker } from '../../../platform/protocol';
import { setTestSender } from '../test-sender';

describe('background worker', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // fakeBrowser has no contextMenus: stub the calls the worker makes.
    const menus = { create: vi.fn(), onClicked: { addListener: vi.fn() } };
    (fakeBrowser as unknown as { contextMenus: typeof menus }).contextMenus = menus;
    // Nor commands (the keyboard shortcut).
    const commands = { onCommand: { addListener: vi.fn() } };
    (fakeBrowser as unknown as { commands: typeof commands }).commands = commands;
    vi.resetModules();
    const { default: background } = await import('../../../entrypoints/background/index');
    background.main();
  });

  it('analyses a draft from a content script and keeps it as that tab\'s report', async () => {
    const text = 'We figured out the root cause together.';
    const result = await sendToWorker('analyzeDraft', { text, fieldKind: 'textarea', site: 'http://127.0.0.1' });
    expect(result.text).toBe(text);
    const weAction = result.report.findings.find((f) => f.id === 'we-action');
    expect(weAction && text.slice(weAction.start, weAction.end)).toBe('We figured out');
    // The popup reads it back (an extension page: no tab, an extension URL).
    setTestSender({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
    const stored = await sendToWorker('getTabReport', { tabId: 1 });
    expect(stored?.text).toBe(text);
    expect(await sendToWorker('getTabReport', { tabId: 2 })).toBeNull();
  });

  it('refuses messages from anyone but the extension itself', async () => {
    setTestSender({ id: 'some-other-extension', tab: { id: 1 } });
    await expect(sendToWorker('analyzeText', { text: 'We fixed it.' })).rejects.toThrow(/Refused/);
  });

  it('refuses to show a tab\'s draft to a content script', async () => {
    await sendToWorker('analyzeDraft', { text: 'We fixed it.', fieldKind: 'textarea', site: 'http://127.0.0.1' });
    setTestSender({ id: fakeBrowser.runtime.id, tab: { id: 2 }, url: 'http://127.0.0.1/page.html' });
    await expect(sendToWorker('getTabReport', { tabId: 1 })).rejects.toThrow(/Refused/);
    setTestSender({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });
    expect((await sendToWorker('getTabReport', { tabId: 1 }))?.text).toBe('We fixed it.');
  });

  it('keeps dismissals a content script sends, all of them, and only for its own site', async () => {
    const { dismissals } = await import('../../../platform/dismissals');
    const site = 'https://jobs.example';
    setTestSender({ id: fakeBrowser.runtime.id, tab: { id: 1 }, url: `${site}/apply`, origin: site });
    // Sent together, as two quick dismissals are: neither overwrites the other.
    await Promise.all(['h1', 'h2', 'h3'].map((hash) => sendToWorker('updateDismissal', { site, hash, dismissed: true })));
    expect([...(await dismissals.load(site))].sort()).toEqual(['h1', 'h2', 'h3']);
    await sendToWorker('updateDismissal', { site, hash: 'h2', dismissed: false });
    expect([...(await dismissals.load(site))].sort()).toEqual(['h1', 'h3']);
    // Not for another site, and not from another extension.
    await expect(sendToWorker('updateDismissal', { site: 'https://other.example', hash: 'x', dismissed: true })).rejects.toThrow(/Refused/);
    setTestSender({ id: 'some-other-extension', tab: { id: 1 }, origin: site });
    await expect(sendToWorker('updateDismissal', { site, hash: 'x', dismissed: true })).rejects.toThrow(/Refused/);
    expect([...(await dismissals.load('https://other.example'))]).toEqual([]);
    expect([...(await dismissals.load(site))].sort()).toEqual(['h1', 'h3']);
  });
});

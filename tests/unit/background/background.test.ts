import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSuperseded, sendToWorker, type DraftReport, type SupersededDraft } from '../../../platform/protocol';
import { setTestSender } from '../test-sender';

/** The report of a draft the worker analysed (not superseded). */
function analysed(outcome: DraftReport | SupersededDraft): DraftReport {
  if (isSuperseded(outcome)) throw new Error('superseded');
  return outcome;
}

const SITE = 'https://jobs.example';
const fromPage = (tab = 1, extra: object = {}) =>
  setTestSender({ id: fakeBrowser.runtime.id, tab: { id: tab }, url: `${SITE}/apply`, origin: SITE, frameId: 0, ...extra });
/** The popup's read of a tab's report, once the worker (which answers the sender first) has stored it. */
async function storedText(tabId: number, expected: string): Promise<void> {
  fromPopup();
  await vi.waitFor(async () => expect((await sendToWorker('getTabReport', { tabId }))?.text).toBe(expected));
}
const fromPopup = () => setTestSender({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

const accessLevel = vi.fn(() => Promise.resolve());

describe('background worker', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // fakeBrowser has no contextMenus: stub the calls the worker makes.
    const menus = { create: vi.fn(), onClicked: { addListener: vi.fn() } };
    (fakeBrowser as unknown as { contextMenus: typeof menus }).contextMenus = menus;
    // Nor commands (the keyboard shortcut).
    const commands = { onCommand: { addListener: vi.fn() } };
    (fakeBrowser as unknown as { commands: typeof commands }).commands = commands;
    // Nor storage.local.setAccessLevel: record the call.
    (fakeBrowser.storage.local as unknown as { setAccessLevel: unknown }).setAccessLevel = accessLevel;
    accessLevel.mockClear();
    vi.resetModules();
    const { default: background } = await import('../../../entrypoints/background/index');
    background.main();
  });

  it('analyses a draft from a content script and keeps it as that tab\'s report', async () => {
    const text = 'We figured out the root cause together.';
    const result = analysed(await sendToWorker('analyzeDraft', { text, fieldKind: 'textarea', site: 'http://127.0.0.1' }));
    expect(result.text).toBe(text);
    const weAction = result.report.findings.find((f) => f.id === 'we-action');
    expect(weAction && text.slice(weAction.start, weAction.end)).toBe('We figured out');
    // The popup reads it back (an extension page: no tab, an extension URL).
    await storedText(1, text);
    expect(await sendToWorker('getTabReport', { tabId: 2 })).toBeNull();
  });

  it('refuses messages from anyone but the extension itself', async () => {
    setTestSender({ id: 'some-other-extension', tab: { id: 1 } });
    await expect(sendToWorker('analyzeText', { text: 'We fixed it.' })).rejects.toThrow(/Refused/);
  });

  it('refuses a draft that is not one our scripts send (no text, or a made-up field kind)', async () => {
    fromPage();
    const send = sendToWorker as unknown as (type: string, data: unknown) => Promise<unknown>;
    await expect(send('analyzeDraft', { text: 'We fixed it.', fieldKind: 'field-1', site: SITE })).rejects.toThrow(/Refused/);
    await expect(send('analyzeDraft', { text: 42, fieldKind: 'textarea', site: SITE })).rejects.toThrow(/Refused/);
    await expect(send('analyzeText', { text: null })).rejects.toThrow(/Refused/);
    expect(analysed(await sendToWorker('analyzeDraft', { text: 'We fixed it.', fieldKind: 'textarea', site: SITE })).text).toBe('We fixed it.');
  });

  it('refuses to show a tab\'s draft to a content script', async () => {
    await sendToWorker('analyzeDraft', { text: 'We fixed it.', fieldKind: 'textarea', site: 'http://127.0.0.1' });
    await storedText(1, 'We fixed it.');
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

  it('mutes a finding kind for the content script\'s own site (whatever the message names), leaves it out of that site\'s reports at once, and an options page flags it again', async () => {
    const { loadSettings } = await import('../../../platform/settings');
    const text = 'We figured out the root cause together.';
    const kinds = async () => analysed(await sendToWorker('analyzeDraft', { text, fieldKind: 'textarea', site: SITE })).report.findings.map((f) => f.id);
    fromPage(1);
    expect(await kinds()).toContain('we-action');
    await sendToWorker('setKindMuted', { site: 'https://bank.example', kind: 'we-action', muted: true });
    expect((await loadSettings()).mutedKinds).toEqual({ [SITE]: ['we-action'] });
    expect(await kinds()).not.toContain('we-action'); // the very next analysis
    expect(await kinds()).toContain('missing-metric'); // other kinds stay
    // The tab's report, which the popup and side panel show, leaves it out too.
    fromPopup();
    await vi.waitFor(async () => {
      const kept = await sendToWorker('getTabReport', { tabId: 1 });
      expect(kept?.report.findings.some((f) => f.id === 'missing-metric')).toBe(true);
      expect(kept?.report.findings.some((f) => f.id === 'we-action')).toBe(false);
    });
    fromPage(1);
    // Another site still gets it.
    setTestSender({ id: fakeBrowser.runtime.id, tab: { id: 2 }, url: 'https://other.example/x', origin: 'https://other.example', frameId: 0 });
    expect(await kinds()).toContain('we-action');
    // The options page names the site; another extension may not.
    setTestSender({ id: 'some-other-extension', tab: { id: 1 }, origin: SITE });
    await expect(sendToWorker('setKindMuted', { site: SITE, kind: 'we-action', muted: false })).rejects.toThrow(/Refused/);
    setTestSender({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
    await sendToWorker('setKindMuted', { site: SITE, kind: 'we-action', muted: false });
    expect((await loadSettings()).mutedKinds).toEqual({});
    fromPage(1);
    expect(await kinds()).toContain('we-action');
  });

  it('closes storage.local to content scripts at start-up', () => {
    expect(accessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('starts where storage.local has no access levels (Firefox)', async () => {
    delete (fakeBrowser.storage.local as unknown as { setAccessLevel?: unknown }).setAccessLevel;
    vi.resetModules();
    const { default: background } = await import('../../../entrypoints/background/index');
    expect(() => background.main()).not.toThrow();
  });

  it('keeps the sender\'s origin as the draft\'s site, never the one the message names', async () => {
    fromPage(3);
    const result = analysed(await sendToWorker('analyzeDraft', { text: 'We fixed it.', fieldKind: 'textarea', site: 'https://bank.example' }));
    expect(result.site).toBe(SITE);
    await storedText(3, 'We fixed it.');
    expect((await sendToWorker('getTabReport', { tabId: 3 }))?.site).toBe(SITE);
  });

  it('keeps only the text that was analysed, and gives the sender back the text it sent', async () => {
    fromPage(4);
    const text = 'I traced the failure. '.repeat(3_000); // 66,000 characters
    const result = analysed(await sendToWorker('analyzeDraft', { text, fieldKind: 'textarea', site: SITE }));
    expect(result.text).toBe(text);
    expect(result.report.truncated?.analysedLength).toBe(50_000);
    await storedText(4, text.slice(0, 50_000));
  });

  it('answers a draft that a newer one of the same field replaced as superseded, and keeps the newest', async () => {
    fromPage(5);
    const drafts = ['We fixed it.', 'We fixed it together.', 'I fixed it.', 'I fixed it alone.'];
    const outcomes = await Promise.all(drafts.map((text) => sendToWorker('analyzeDraft', { text, fieldKind: 'textarea', site: SITE })));
    expect(outcomes.some(isSuperseded)).toBe(true);
    expect(analysed(outcomes[3]!).text).toBe('I fixed it alone.');
    await storedText(5, 'I fixed it alone.');
  });

  it('lets a content script check only its own tab\'s selection', async () => {
    const asked: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((id: number) => {
      asked.push(id);
      return Promise.reject(new Error('stop here'));
    });
    fromPage(6);
    await expect(sendToWorker('checkSelection', { tabId: 42 })).rejects.toThrow('stop here');
    fromPopup();
    await expect(sendToWorker('checkSelection', { tabId: 42 })).rejects.toThrow('stop here');
    expect(asked).toEqual([6, 42]);
  });

  it('reads dismissals for a content script\'s own site only, and gives one salt per install', async () => {
    fromPage(1);
    await sendToWorker('updateDismissal', { site: SITE, hash: 'h1', dismissed: true });
    expect(await sendToWorker('getDismissals', { site: SITE })).toEqual(['h1']);
    await expect(sendToWorker('getDismissals', { site: 'https://other.example' })).rejects.toThrow(/Refused/);
    const salt = await sendToWorker('getDismissalSalt', undefined);
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(await sendToWorker('getDismissalSalt', undefined)).toBe(salt);
    expect(await fakeBrowser.storage.local.get('dismissal-salt')).toEqual({ 'dismissal-salt': salt });
  });

  it('forgets a tab\'s draft once its document is gone, and keeps it while the document answers', async () => {
    fromPage(7, { documentId: 'doc-1' });
    await sendToWorker('analyzeDraft', { text: 'We fixed it.', fieldKind: 'textarea', site: SITE });
    await storedText(7, 'We fixed it.');
    let alive = true;
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() =>
      alive ? Promise.resolve({ res: '' }) : Promise.reject(new Error('No document'))) as never);
    const loaded = async () => {
      await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, { id: 7 } as never);
      await new Promise((ok) => setTimeout(ok, 10));
      fromPopup();
      return (await sendToWorker('getTabReport', { tabId: 7 }))?.text ?? null;
    };
    expect(await loaded()).toBe('We fixed it.'); // same document (pushState, #fragment)
    expect(sent.mock.calls[0]?.[2]).toEqual({ documentId: 'doc-1' });
    alive = false;
    expect(await loaded()).toBeNull(); // another page in the tab
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSuperseded, sendToWorker, type DraftReport, type SupersededDraft } from '../../../platform/protocol';
import { analyze } from '../../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { matchQuestion } from '../../../lib/questions/match';
import { QUESTION_PROFILES } from '../../../lib/questions/profiles';
import { setTestSender } from '../test-sender';

function analysed(outcome: DraftReport | SupersededDraft): DraftReport {
  if (isSuperseded(outcome)) throw new Error('superseded');
  return outcome;
}

const SITE = 'https://jobs.example';
const fromPage = (site = SITE) => setTestSender({ id: fakeBrowser.runtime.id, tab: { id: 1 }, url: `${site}/apply`, origin: site, frameId: 0 });
const LABEL = 'Tell me about a time you disagreed with your manager';
const TEXT =
  'My manager wanted to launch on Friday. I disagreed, because our logs showed a 4% payment failure rate. ' +
  'I shared the logs and proposed a delay. He decided to ship behind a flag and I committed to it; we relaunched a week later with no failed payments.';

describe('background worker: the question a draft is coached for', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = { create: vi.fn(), onClicked: { addListener: vi.fn() } };
    (fakeBrowser as unknown as { commands: unknown }).commands = { onCommand: { addListener: vi.fn() } };
    (fakeBrowser.storage.local as unknown as { setAccessLevel: unknown }).setAccessLevel = vi.fn(() => Promise.resolve());
    vi.resetModules();
    const { default: background } = await import('../../../entrypoints/background/index');
    background.main();
    fromPage();
  });

  it('matches the page\'s question to a profile and analyses for it', async () => {
    const match = matchQuestion(LABEL)!;
    const result = analysed(await sendToWorker('analyzeDraft', { text: TEXT, fieldKind: 'textarea', site: SITE, question: { text: LABEL, key: 'id:why' } }));
    expect(result.report.question).toEqual({ id: match.id, title: expect.any(String), source: 'page', confidence: match.confidence });
    const expected = analyze(TEXT, { ...DEFAULT_SETTINGS, question: match.id, questionSource: 'page', questionConfidence: match.confidence });
    expect(result.report).toEqual(expected);
    expect(result.report.findings.some((f) => f.dimension === 'scope')).toBe(false);
  });

  it('keeps the settings\' question when the page asks nothing it knows', async () => {
    const result = analysed(await sendToWorker('analyzeDraft', { text: TEXT, fieldKind: 'textarea', site: SITE, question: { text: 'Notes', key: 'id:notes' } }));
    expect(result.report.question).toMatchObject({ id: DEFAULT_SETTINGS.question, source: 'default' });
  });

  it('uses any profile the settings name as the default, and the seed\'s question for an unknown stored id', async () => {
    const draft = { text: TEXT, fieldKind: 'textarea' as const, site: SITE, question: { text: 'Notes', key: 'id:notes' } };
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, question: 'learning-fast' } });
    const result = analysed(await sendToWorker('analyzeDraft', draft));
    expect(result.report.question).toEqual({ id: 'learning-fast', title: 'Learning something fast', source: 'default' });
    expect(result.report).toEqual(analyze(TEXT, { ...DEFAULT_SETTINGS, question: 'learning-fast', questionSource: 'default' }));
    // The page's question still wins over the default.
    const page = analysed(await sendToWorker('analyzeDraft', { ...draft, question: { text: LABEL, key: 'id:why' } }));
    expect(page.report.question).toMatchObject({ id: matchQuestion(LABEL)!.id, source: 'page' });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, question: 'no-such-question' } });
    expect(analysed(await sendToWorker('analyzeDraft', draft)).report.question).toMatchObject({ id: 'caught-issue', source: 'default' });
  });

  it('uses the question picked for the field, only on the site that picked it, until it is cleared', async () => {
    await sendToWorker('chooseQuestion', { key: 'id:why', id: 'failure' });
    const draft = { text: TEXT, fieldKind: 'textarea' as const, site: SITE, question: { text: LABEL, key: 'id:why' } };
    expect(analysed(await sendToWorker('analyzeDraft', draft)).report.question).toMatchObject({ id: 'failure', source: 'user' });
    // Another site's field with the same key is not affected, whatever site the draft claims.
    fromPage('https://other.example');
    expect(analysed(await sendToWorker('analyzeDraft', draft)).report.question).toMatchObject({ source: 'page' });
    fromPage();
    await sendToWorker('chooseQuestion', { key: 'id:why', id: null });
    expect(analysed(await sendToWorker('analyzeDraft', draft)).report.question).toMatchObject({ source: 'page' });
    expect(await fakeBrowser.storage.local.get('question-choices')).toEqual({ 'question-choices': {} });
  });

  it('ignores a pick that is not a profile, and refuses a field key that is not one', async () => {
    await sendToWorker('chooseQuestion', { key: 'id:why', id: 'no-such-question' as never });
    expect(await fakeBrowser.storage.local.get('question-choices')).toEqual({ 'question-choices': {} });
    await expect(sendToWorker('chooseQuestion', { key: 'x'.repeat(201), id: 'failure' })).rejects.toThrow(/Refused/);
  });

  it('lists every profile for the picker', async () => {
    expect(await sendToWorker('listQuestions')).toEqual(QUESTION_PROFILES.map(({ id, title, group }) => ({ id, title, group })));
  });
});

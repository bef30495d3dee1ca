import { describe, expect, it } from 'vitest';
import { analyze, MAX_TEXT_LENGTH } from '../../../lib/analyze';
import type { Draft, DraftReport } from '../../../platform/protocol';
import { analyzeViaWorker, SupersededError, WIRE_TEXT_LIMIT } from '../../../platform/analyze-via-worker';
import { dismissalsViaWorker } from '../../../platform/dismissals';

const worker = (sent: Draft[]) => async (draft: Draft): Promise<DraftReport> => {
  sent.push(draft);
  return { text: draft.text, report: analyze(draft.text), fieldKind: draft.fieldKind, site: draft.site, at: 0 };
};

describe('analyzeViaWorker (the content script\'s analyze)', () => {
  it('cuts the engine\'s limit as the engine does', () => {
    expect(WIRE_TEXT_LIMIT).toBe(MAX_TEXT_LENGTH);
  });

  it('sends at most what the engine reads, and answers for the whole text of the field', async () => {
    const sent: Draft[] = [];
    const text = 'I traced the failure. '.repeat(500_000); // 11 million characters
    const result = await analyzeViaWorker(worker(sent))({ text, fieldKind: 'textarea', site: 'https://a.example' });
    expect(sent[0]!.text.length).toBe(MAX_TEXT_LENGTH + 1);
    expect(result.text).toBe(text);
    expect(result.report.truncated).toEqual({ analysedLength: MAX_TEXT_LENGTH, limit: MAX_TEXT_LENGTH });
  });

  it('leaves a draft within the limit as it is', async () => {
    const sent: Draft[] = [];
    const draft: Draft = { text: 'We fixed it.', fieldKind: 'textarea', site: 'https://a.example' };
    expect((await analyzeViaWorker(worker(sent))(draft)).text).toBe('We fixed it.');
    expect(sent).toEqual([draft]);
  });

  it('rejects a superseded draft, which the coach drops like any failed analysis', async () => {
    const analyzeDraft = analyzeViaWorker(async () => ({ superseded: true }));
    await expect(analyzeDraft({ text: 'x', fieldKind: 'textarea', site: 's' })).rejects.toBeInstanceOf(SupersededError);
  });
});

describe('dismissalsViaWorker', () => {
  it('reads and writes through the worker only', async () => {
    const calls: unknown[] = [];
    const store = dismissalsViaWorker(
      async (data) => void calls.push(['write', data]),
      async (site) => (calls.push(['read', site]), ['h1', 'h2']),
    );
    expect([...(await store.load('https://a.example'))]).toEqual(['h1', 'h2']);
    await store.add('https://a.example', 'h3');
    await store.remove('https://a.example', 'h1');
    expect(calls).toEqual([
      ['read', 'https://a.example'],
      ['write', { site: 'https://a.example', hash: 'h3', dismissed: true }],
      ['write', { site: 'https://a.example', hash: 'h1', dismissed: false }],
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, MAX_TEXT_LENGTH } from '../../../lib/analyze';
import { DIMENSIONS, FOCUSES, LEVELS, type AnalyzeOptions, type Report } from '../../../lib/types';
import { PROFILE_IDS, QUESTION_SOURCES } from '../../../lib/questions/profiles';

/**
 * Property-based tests over the engine (issue 7, "hostile and odd input"): whatever text arrives,
 * analyze() returns a report whose spans the content script can trust. numRuns are kept small
 * enough for the whole file to run in well under 20 s on the shared machine.
 */

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkOffset(text: string, offset: number, what: string): void {
  expect(Number.isInteger(offset), `${what} is an integer`).toBe(true);
  expect(offset, `${what} ≥ 0`).toBeGreaterThanOrEqual(0);
  expect(offset, `${what} ≤ text.length`).toBeLessThanOrEqual(text.length);
  expect(splitsPair(text, offset), `${what} (${offset}) splits a surrogate pair`).toBe(false);
}

/** Every invariant a report must satisfy for the text it was computed from. */
function checkReport(text: string, report: Report): void {
  const analysed = report.truncated ? report.truncated.analysedLength : text.length;
  for (const [i, f] of report.findings.entries()) {
    const what = `finding ${i} (${f.id})`;
    expect(f.start === undefined, `${what}: start and end are both present or both absent`).toBe(f.end === undefined);
    if (f.start !== undefined && f.end !== undefined) {
      checkOffset(text, f.start, `${what} start`);
      checkOffset(text, f.end, `${what} end`);
      expect(f.start, `${what}: start ≤ end`).toBeLessThanOrEqual(f.end);
      expect(f.end, `${what}: end within the analysed part`).toBeLessThanOrEqual(analysed);
    }
    const r = f.suggestion?.replaces;
    if (r) {
      checkOffset(text, r.start, `${what} replaces.start`);
      checkOffset(text, r.end, `${what} replaces.end`);
      expect(r.start, `${what}: replaces.start ≤ replaces.end`).toBeLessThanOrEqual(r.end);
      expect(r.end, `${what}: replaces.end within the analysed part`).toBeLessThanOrEqual(analysed);
    }
  }
  expect(Number.isFinite(report.score) && report.score >= 0 && report.score <= 100, `score ${report.score} in 0–100`).toBe(true);
  for (const d of DIMENSIONS) {
    const s = report.dimensions[d].score;
    expect(Number.isFinite(s) && s >= 0 && s <= 100, `${d} score ${s} in 0–100`).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(report)), 'the report survives a JSON round trip').toEqual(report);
}

const SENTENCES = [
  'I noticed the webhook drop rate was 0.3% on the Platform team\'s service.',
  'It was not my team and there was no ticket.',
  'We figured out the root cause together.',
  'The logs were analyzed and a fix was deployed.',
  'I sent them a Slack message and they handled it.',
  'Because I had some free time and wanted to help.',
  'I reproduced the failure locally and added alerts.',
  'Errors went from 120 a day to zero, saving $8K a week.',
  'The Platform team adopted my alert pattern.',
  'The team was happy.',
  'I would communicate more.',
  'I would propose a shared SLO and a cross-team dashboard.',
  'Situation: our nightly job ran on 40 nodes.',
  '- I traced the failure to a retry bug',
  'Result: the drop rate fell to zero.',
];

/** Odd characters a pasted draft really contains. */
const ODD = [
  '\r\n', '\r', '\n\n', '\u00a0', '\t', '\u2028', '\u200b', '\ufeff',
  '👩🏽‍💻', '🚀', '🇫🇷', '😀😀', 'e\u0301', 'n\u0303o', 'a\u0308\u0323', '\u0301',
  'שלום עולם', 'مرحبا بالعالم', '\u202eevil\u202c', 'I fixed it \u05d0\u05d1.', '“We” fixed it…', '—', '$', '%',
];

const separator = fc.constantFrom(' ', '', '\n', '\r\n', '\u00a0', ' \u200b', '\n\n- ');

/** Realistic STAR sentences interleaved with odd characters and random Unicode. */
const mixedText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
      { weight: 2, arbitrary: fc.constantFrom(...ODD) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    ),
    { maxLength: 30 },
  )
  .chain((parts) => fc.array(separator, { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')));

const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  { level: fc.constantFrom(...LEVELS), focus: fc.constantFrom(...FOCUSES), question: fc.constantFrom(...PROFILE_IDS), questionSource: fc.constantFrom(...QUESTION_SOURCES.filter((s) => s !== 'draft')) },
  { requiredKeys: [] },
);

describe('analyze on hostile and odd input', () => {
  it('keeps every span in bounds and on code-point boundaries for STAR text mixed with odd Unicode', () => {
    fc.assert(
      fc.property(mixedText, options, (text, opts) => {
        checkReport(text, analyze(text, opts));
      }),
      { numRuns: 120 },
    );
  });

  it('never throws on arbitrary Unicode, including lone surrogates', () => {
    const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    const anything = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate), maxLength: 100 }),
    );
    fc.assert(
      fc.property(anything, options, (text, opts) => {
        checkReport(text, analyze(text, opts));
      }),
      { numRuns: 120 },
    );
  });

  it.each([
    ['empty', ''],
    ['a space', ' '],
    ['blank lines', '\n\n\n'],
    ['CRLF and tabs', '\r\n\t\r\n'],
    ['NBSP and zero-width space', '\u00a0\u200b\u00a0'],
    ['a line separator', '\u2028'],
    ['a BOM', '\ufeff'],
  ])('handles whitespace-only text: %s', (_, text) => {
    for (const level of LEVELS) {
      const report = analyze(text, { level });
      checkReport(text, report);
      expect(report.findings.every((f) => f.start === undefined || f.end! <= text.length)).toBe(true);
      expect(report.stats.words, 'no words in whitespace').toBe(0);
    }
  });
});

describe('analyze after edits', () => {
  it('gives the same report for a text whatever was analysed before it (no stale per-sentence reuse)', () => {
    // A one-word edit of `base`: insert, delete or replace one word at a random position.
    const edit = fc.tuple(mixedText, fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom('we', 'I', 'fixed', 'together', '😀', 'zero'));
    fc.assert(
      fc.property(edit, mixedText, options, ([base, at, kind, word], other, opts) => {
        const words = base.split(' ');
        const i = at % (words.length + 1);
        if (kind === 'insert') words.splice(i, 0, word);
        else if (kind === 'delete') words.splice(i, 1);
        else words.splice(i, 1, word);
        const edited = words.join(' ');
        analyze(base, opts);
        const afterBase = analyze(edited, opts);
        analyze(other, opts);
        const afterOther = analyze(edited, opts);
        expect(afterBase).toEqual(afterOther);
        checkReport(edited, afterBase);
      }),
      { numRuns: 50 },
    );
  });
});

describe('analyze over the length limit', () => {
  /** Exactly `length` UTF-16 units of realistic STAR text with emoji, ending on a code-point boundary. */
  function longText(length: number, seed: number): string {
    let text = '';
    let i = seed;
    while (text.length < length) {
      text += SENTENCES[i % SENTENCES.length]! + (i % 7 === 0 ? ' 🚀\r\n' : i % 5 === 0 ? '\u00a0' : ' ');
      i++;
    }
    text = text.slice(0, length);
    return isHigh(text.charCodeAt(length - 1)) ? text.slice(0, length - 1) + 'x' : text;
  }

  it('analyses a 100,000-character text, or the prefix up to the limit and says so', () => {
    const text = longText(100_000, 0);
    expect(text.length).toBe(100_000);
    const report = analyze(text);
    checkReport(text, report);
    if (text.length <= MAX_TEXT_LENGTH) {
      expect(report.truncated).toBeUndefined();
      return;
    }
    expect(report.truncated, 'report.truncated').toBeDefined();
    const { analysedLength, limit } = report.truncated!;
    expect(limit).toBe(MAX_TEXT_LENGTH);
    expect(analysedLength).toBeLessThanOrEqual(limit);
    expect(analysedLength).toBeGreaterThan(limit - 2);
    // The analysed part is a prefix: analysing that prefix alone gives the same findings.
    const prefix = analyze(text.slice(0, analysedLength));
    expect(prefix.truncated).toBeUndefined();
    expect(prefix.findings).toEqual(report.findings);
    expect(prefix.dimensions).toEqual(report.dimensions);
  });

  it('does not split a surrogate pair that straddles the limit', () => {
    const base = longText(MAX_TEXT_LENGTH - 1, 3);
    const text = base + '😀' + longText(1_000, 5);
    expect(isHigh(text.charCodeAt(MAX_TEXT_LENGTH - 1)) && isLow(text.charCodeAt(MAX_TEXT_LENGTH))).toBe(true);
    const report = analyze(text);
    expect(report.truncated).toBeDefined();
    expect(report.truncated!.analysedLength).toBe(MAX_TEXT_LENGTH - 1);
    checkReport(text, report);
  });

  it('does not truncate a text exactly at the limit', () => {
    const text = longText(MAX_TEXT_LENGTH, 1);
    const report = analyze(text);
    expect(report.truncated).toBeUndefined();
    checkReport(text, report);
  });
});

describe('the invariant checker itself', () => {
  const text = 'I fixed 😀 it.';
  const base = analyze(text);
  const withFinding = (f: Partial<Report['findings'][number]>): Report => ({
    ...base,
    findings: [{ id: 'probe', dimension: 'ownership', severity: 'minor', message: 'probe', ...f }],
  });

  it('accepts a span on code-point boundaries', () => {
    expect(() => checkReport(text, withFinding({ start: 8, end: 10 }))).not.toThrow();
  });

  it.each([
    ['a start inside a surrogate pair', { start: 9, end: 10 }],
    ['an end inside a surrogate pair', { start: 2, end: 9 }],
    ['an end past the text', { start: 2, end: text.length + 1 }],
    ['a negative start', { start: -1, end: 2 }],
    ['start after end', { start: 5, end: 3 }],
    ['a start without an end', { start: 2 }],
    ['a replacement inside a surrogate pair', { suggestion: { text: 'x', replaces: { start: 9, end: 12 } } }],
    ['a non-finite score', { id: 'probe' }, Number.NaN],
  ] as const)('rejects %s', (_, f, score = 50) => {
    expect(() => checkReport(text, { ...withFinding(f), score })).toThrow();
  });
});

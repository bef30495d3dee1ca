import { describe, expect, it } from 'vitest';
import { analyze, MAX_TEXT_LENGTH } from '../../../lib/analyze';
import { FINDING_IDS, FINDING_KINDS } from '../../../lib/findings';
import { DIMENSIONS, FOCUSES, LEVELS, type Report } from '../../../lib/types';
import { FULL_ANSWER } from './seed-answer';

const WEAK_ANSWER =
  'We ran a nightly job that synced orders between our warehouse system and the storefront. Because I had some free time, I looked at the error logs. ' +
  'We figured out the root cause together. The logs were analyzed and a fix was deployed. I deployed the fix and assumed it worked because errors stopped. ' +
  'The team was happy. I would communicate more with the Platform team.';

function expectWellFormed(text: string, report: Report): void {
  expect(() => JSON.parse(JSON.stringify(report))).not.toThrow();
  for (const d of DIMENSIONS) {
    expect(report.dimensions[d].score).toBeGreaterThanOrEqual(0);
    expect(report.dimensions[d].score).toBeLessThanOrEqual(100);
    expect(report.dimensions[d].summary.length).toBeGreaterThan(0);
  }
  for (const f of report.findings) {
    expect(FINDING_IDS as readonly string[]).toContain(f.id);
    expect(f.dimension).toBe(FINDING_KINDS[f.id as keyof typeof FINDING_KINDS].dimension);
    for (const span of [f.start !== undefined ? { start: f.start, end: f.end! } : null, f.suggestion?.replaces ?? null]) {
      if (!span) continue;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
      // Never inside a surrogate pair.
      for (const at of [span.start, span.end]) {
        const code = text.charCodeAt(at);
        expect(at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }
    }
  }
}

describe('analyze', () => {
  it('returns the report shape with every dimension, findings and stats', () => {
    const report = analyze(WEAK_ANSWER);
    expectWellFormed(WEAK_ANSWER, report);
    expect(Object.keys(report.dimensions)).toEqual([...DIMENSIONS]);
    expect(report.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['opportunistic-motive', 'we-action', 'passive-action', 'assumed-success', 'vague-result', 'generic-reflection', 'missing-scope']),
    );
    expect(report.score).toBeLessThan(60);
  });

  it('sorts span findings by position before missing-piece findings', () => {
    const starts = analyze(WEAK_ANSWER).findings.map((f) => f.start ?? Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('never throws and stays in bounds on odd input', () => {
    const odd = [
      '',
      '   \n\t  ',
      '😀😀😀 I fixed it 👍🏽. We shipped 🚀 the patch together.',
      'قمت بإصلاح المشكلة. I traced the failure to a timeout.',
      'I noticed a drop.\r\nWe fixed it together.\r\n\r\nThe team was happy.',
      'I\u00a0noticed\u00a0a\u00a00.3%\u00a0drop. We\u00a0figured\u00a0it\u00a0out.',
      '- \n* \n1) \n...',
      '\u0000\u0001 binary-ish \uFFFD text',
      'a'.repeat(5000),
      '🙂'.repeat(30000),
    ];
    for (const text of odd) expectWellFormed(text, analyze(text));
  });

  it('truncates text beyond the limit without splitting a surrogate pair', () => {
    const text = 'I fixed it. '.repeat(Math.ceil(100_000 / 12));
    const report = analyze(text);
    expect(report.truncated).toEqual({ analysedLength: MAX_TEXT_LENGTH, limit: MAX_TEXT_LENGTH });
    const emoji = 'x' + '🙂'.repeat(MAX_TEXT_LENGTH);
    const r2 = analyze(emoji);
    expect(r2.truncated!.analysedLength).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(r2.truncated!.analysedLength % 2).toBe(1);
    expectWellFormed(emoji, r2);
  });

  it('reports stats: words, speaking time at 150 wpm, time to the problem, section shares', () => {
    const { stats } = analyze(FULL_ANSWER);
    expect(stats.words).toBeGreaterThan(140);
    expect(stats.speakingSeconds).toBe(Math.round((stats.words / 150) * 60));
    expect(stats.secondsToProblem).toBe(0);
    const total = Object.values(stats.sections).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 2);
    expect(stats.sections.action).toBeGreaterThan(stats.sections.situation);
    expect(stats.sections.reflection).toBeGreaterThan(0);
  });

  it('reports no problem time when there is nothing to analyse', () => {
    expect(analyze('').stats).toEqual({ words: 0, speakingSeconds: 0, secondsToProblem: null, sections: { situation: 0, task: 0, action: 0, result: 0, reflection: 0 } });
  });
});

describe('options', () => {
  it('focus changes the weights and adds advice but never removes a problem', () => {
    const base = analyze(WEAK_ANSWER).findings.filter((f) => f.severity !== 'hint').map((f) => f.id);
    const scores = new Set<number>();
    for (const focus of FOCUSES) {
      const report = analyze(WEAK_ANSWER, { focus });
      expect(report.findings.filter((f) => f.severity !== 'hint').map((f) => f.id)).toEqual(base);
      scores.add(report.score);
    }
    expect(scores.size).toBeGreaterThan(1);
  });

  it('an outcome focus weighs quantification more than a technical one', () => {
    // Strong everywhere but quantification.
    const text = FULL_ANSWER.replace('That recovered $8K a week in revenue, and the Platform team adopted my alert pattern for their other services. ', '');
    expect(analyze(text, { focus: 'outcome' }).score).toBeLessThan(analyze(text, { focus: 'technical' }).score);
  });

  it('senior level adds the trade-off and systemic-cause expectations', () => {
    const ids = (level: (typeof LEVELS)[number]) => analyze(FULL_ANSWER, { level }).findings.map((f) => f.id);
    expect(ids('mid')).not.toContain('missing-tradeoff');
    expect(ids('senior')).toContain('missing-tradeoff');
  });

  it('the generic question does not require a scope boundary or self-initiation', () => {
    const text = 'My manager asked me to look into failed refunds. I traced them to an expired token and rotated it.';
    const ids = (question: 'caught-issue' | 'generic') => analyze(text, { question }).findings.map((f) => f.id);
    expect(ids('caught-issue')).toEqual(expect.arrayContaining(['missing-scope', 'assigned']));
    expect(ids('generic')).not.toContain('missing-scope');
    expect(ids('generic')).not.toContain('assigned');
  });

  it('ignores undefined options and falls back to the defaults', () => {
    expect(analyze(WEAK_ANSWER, { level: undefined, focus: undefined })).toEqual(analyze(WEAK_ANSWER));
  });
});

describe('summaries', () => {
  it('gives one line per dimension that fits the question and level', () => {
    const text = 'My manager asked me to look into failed refunds. I traced them to an expired token and rotated it.';
    expect(analyze(text, { question: 'generic' }).dimensions.scope.summary).toBe('A scope boundary is not needed for this question.');
    expect(analyze(text).dimensions.scope.summary).toBe('No scope boundary.');
    const report = analyze(WEAK_ANSWER);
    for (const d of DIMENSIONS) expect(report.dimensions[d].summary).not.toContain('\n');
    expect(report.dimensions.ownership.summary).toMatch(/more issues\.$/);
  });
});

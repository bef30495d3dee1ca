import { describe, expect, it } from 'vitest';
import { PARTS, answer, applied, findingsOf, spanOf } from './helpers';

const last = (text: string, focus: 'balanced' | 'outcome' = 'outcome') => findingsOf('result-last', text, { focus });

describe('result-last', () => {
  it('advises an outcome-focused answer to lead with its result, on that result', () => {
    const text = answer();
    const [f] = last(text);
    expect(spanOf(text, f)).toBe(PARTS.metric.slice(0, -1));
    expect(f!.severity).toBe('hint');
  });

  it('is advice for the outcome focus only, and never changes a dimension status', async () => {
    expect(last(answer(), 'balanced')).toEqual([]);
    const { analyze } = await import('../../../lib/analyze');
    expect(analyze(answer(), { focus: 'outcome' }).dimensions.structure.status).toBe('strong');
  });

  it('leaves an answer that already opens with the outcome alone', () => {
    expect(last('I recovered $8K a week by cutting a 0.3% webhook drop rate to zero. ' + answer(['metric']))).toEqual([]);
  });

  it('does not rewrite the text: moving the result is the writer\'s edit', () => {
    const text = answer();
    const [f] = last(text);
    expect(f!.suggestion?.text).toContain(PARTS.metric);
    expect(applied(text, f!)).toBe(text);
  });
});

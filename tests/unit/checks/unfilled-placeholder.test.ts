import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { PARTS, answer, applied, fill, findingsOf, spanOf } from './helpers';

const placeholders = (text: string) => findingsOf('unfilled-placeholder', text);

describe('unfilled-placeholder', () => {
  it('flags every placeholder left in the text, in the dimension of its sentence', () => {
    const text = answer(['metric', 'business', 'spread'], {}).replace(PARTS.reflection, '[Metric] went from [X] to [Y]. ' + PARTS.reflection);
    const found = placeholders(text);
    expect(found.map((f) => spanOf(text, f))).toEqual(['[Metric]', '[X]', '[Y]']);
    expect(found.every((f) => f.severity === 'major' && f.dimension === 'quantification')).toBe(true);
  });

  it('does not flag an answer without placeholders', () => {
    expect(placeholders(answer())).toEqual([]);
  });

  it('never lets an applied template raise the score: the text in brackets is not evidence', () => {
    const vague = answer(['metric', 'business', 'spread'], {}).replace(PARTS.reflection, 'The team was happy and the manager said it was a good job. ' + PARTS.reflection);
    const before = analyze(vague);
    const f = before.findings.find((x) => x.id === 'vague-result')!;
    expect(f.suggestion?.text).toMatch(/\[/);
    const after = analyze(applied(vague, f));
    expect(after.score).toBeLessThanOrEqual(before.score);
    expect(after.dimensions.quantification.status).toBe('needs-work');
    expect(after.findings.some((x) => x.id === 'unfilled-placeholder')).toBe(true);
    // Filled in with real facts, the placeholders are gone and the result counts.
    const filled = fill(applied(vague, f), ['Webhook drops', '0.3%', 'zero', '$8K a week', 'The Platform team', 'my alert pattern']);
    expect(placeholders(filled)).toEqual([]);
  });
});

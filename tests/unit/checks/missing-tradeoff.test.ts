import { describe, expect, it } from 'vitest';
import { PARTS, answer, applied, fill, findingsOf } from './helpers';

const tradeoff = (text: string, level: 'mid' | 'senior' = 'senior') => findingsOf('missing-tradeoff', text, { level });

describe('missing-tradeoff', () => {
  it('flags a senior answer that never says why the fix was designed that way', () => {
    const [f] = tradeoff(answer(['tradeoff']));
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
  });

  it('is a senior-level finding only', () => {
    expect(tradeoff(answer(['tradeoff']), 'mid')).toEqual([]);
  });

  it('accepts trade-offs in other words', () => {
    expect(tradeoff(answer())).toEqual([]);
    expect(tradeoff(answer(['tradeoff'], { metric: 'I batched the retries rather than retrying inline, which balanced reliability against latency, and the drop rate went from 0.3% to zero.' }))).toEqual([]);
  });

  it('inserts the trade-off right after the fix, which passes once filled', () => {
    const text = answer(['tradeoff']);
    const after = applied(text, tradeoff(text)[0]!);
    expect(after).toContain(PARTS.validateCause + ' I chose [design] over [alternative] because [reason]');
    expect(tradeoff(fill(after, ['backoff', 'a longer timeout', 'latency mattered', 'a little delay', 'no lost events']))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { applySuggestion } from '../../../lib/apply';

const weActions = (text: string) => analyze(text).findings.filter((f) => f.id === 'we-action');

describe('we-action', () => {
  it('flags "we" as the actor of an action, with the exact span', () => {
    const text = 'We figured out the root cause together.';
    const [f] = weActions(text);
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('We figured out');
    expect(f!.dimension).toBe('ownership');
  });

  it('leaves first-person singular actions alone', () => {
    expect(weActions('I pulled the webhook delivery logs and traced the failure to a timeout.')).toEqual([]);
  });

  it('rewrites into the first person with agreement fixed and "together" dropped', () => {
    const text = 'I noticed the drop rate. We were able to fix our retry logic together.';
    const [f] = weActions(text);
    expect(f).toBeDefined();
    const after = applySuggestion(text, f!);
    expect(after).toBe('I noticed the drop rate. I was able to fix my retry logic.');
    expect(weActions(after)).toEqual([]);
  });
});

import { analyze } from '../../../lib/analyze';
import { applySuggestion } from '../../../lib/apply';
import type { AnalyzeOptions, Finding } from '../../../lib/types';

/** The findings of one kind for a text. */
export function findingsOf(id: string, text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings.filter((f) => f.id === id);
}

/** The text a finding underlines. */
export function spanOf(text: string, f: Finding | undefined): string | undefined {
  return f && f.start !== undefined ? text.slice(f.start, f.end) : undefined;
}

/** The text after applying a finding's suggestion. */
export function applied(text: string, f: Finding): string {
  return applySuggestion(text, f);
}

/** Fill bracketed placeholders in order, as a writer would. */
export function fill(text: string, values: string[]): string {
  let i = 0;
  return text.replace(/\[[^\]]*\]/g, (m) => values[i++] ?? m);
}

/** A strong answer in the seed's style, with every part present; tests remove one part at a time. */
export const PARTS = {
  problem: 'Last spring I noticed a 0.3% webhook drop rate in the payments service.',
  scope: 'The service belonged to the Platform team, not mine, and there was no ticket or request.',
  investigate: 'I pulled the webhook delivery logs and traced the failure to a timeout in the retry handler.',
  validateCause: 'I reproduced the failure locally to confirm the root cause, then wrote a retry fix with backoff.',
  tradeoff: 'I chose backoff over a bigger timeout because it kept latency low while losing no events.',
  rollout: 'I flagged it to their tech lead with a ready-to-merge fix, coordinated the rollout and added dead letter queue alerts.',
  metric: 'I tracked the drop rate after rollout and it went from 0.3% to zero.',
  business: 'That recovered $8K a week in revenue.',
  spread: 'The Platform team adopted my alert pattern for their other services.',
  reflection: 'Looking back, I would propose a shared webhook reliability SLO and a cross-team dashboard, because nobody owned the boundary between our teams.',
} as const;

export function answer(omit: Array<keyof typeof PARTS> = [], replace: Partial<Record<keyof typeof PARTS, string>> = {}): string {
  return (Object.keys(PARTS) as Array<keyof typeof PARTS>)
    .filter((k) => !omit.includes(k))
    .map((k) => replace[k] ?? PARTS[k])
    .join(' ');
}

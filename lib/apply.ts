import type { Finding } from './types';

/** The text after a finding's suggestion is applied; unchanged when the suggestion replaces nothing. */
export function applySuggestion(text: string, finding: Finding): string {
  const s = finding.suggestion;
  if (!s?.replaces) return text;
  return text.slice(0, s.replaces.start) + s.text + text.slice(s.replaces.end);
}

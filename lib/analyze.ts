import { buildDoc } from './document';
import { CHECKS } from './checks';
import { overallScore, scoreDimensions } from './score';
import { computeStats } from './stats';
import { clearNlpCache } from './nlp';
import { clearGrammarCache } from './grammar';
import { clearFeatureCache } from './sections';
import { clearRoleCache } from './roles';
import { DEFAULT_OPTIONS, type AnalyzeOptions, type Finding, type Report, type ResolvedOptions } from './types';

/** The longest text analysed, in UTF-16 units (about 8,000 words); beyond it only the start is analysed. */
export const MAX_TEXT_LENGTH = 50_000;

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  return { ...DEFAULT_OPTIONS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}

export function analyze(input: string, options: AnalyzeOptions = {}): Report {
  const resolved = resolveOptions(options);
  const truncated = input.length > MAX_TEXT_LENGTH;
  const text = truncated ? cutAt(input, MAX_TEXT_LENGTH) : input;
  const doc = buildDoc(text, resolved);
  const findings: Finding[] = CHECKS.flatMap((check) => check.run(doc));
  findings.sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER));
  const dimensions = scoreDimensions(findings, resolved);
  const report: Report = {
    score: overallScore(dimensions, resolved.focus, resolved.level),
    dimensions,
    findings,
    stats: computeStats(doc, doc.problemIndex),
  };
  if (truncated) report.truncated = { analysedLength: text.length, limit: MAX_TEXT_LENGTH };
  return report;
}

/** Cut at a limit without splitting a surrogate pair. */
function cutAt(text: string, limit: number): string {
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

/** Forget every per-sentence cache (NLP parses, clause readings, features): the next analysis is cold. */
export function clearCaches(): void {
  clearNlpCache();
  clearGrammarCache();
  clearFeatureCache();
  clearRoleCache();
}

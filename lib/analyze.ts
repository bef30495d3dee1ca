import { buildDoc } from './document';
import { CHECKS } from './checks';
import { overallScore, scoreDimensions } from './score';
import { computeStats } from './stats';
import { clearNlpCache } from './nlp';
import { clearGrammarCache } from './grammar';
import { clearFeatureCache } from './sections';
import { clearRoleCache } from './roles';
import { DEFAULT_OPTIONS, type AnalyzeOptions, type Finding, type Report, type ReportQuestion, type ResolvedOptions } from './types';
import { getProfile } from './questions/profiles';
import { draftQuestion, matchQuestion } from './questions/match';
import { profileDimensions, profileFindings } from './questions/apply';
import { FAMILY_CHECKS } from './questions/checks';

/** The longest text analysed, in UTF-16 units (about 8,000 words); beyond it only the start is analysed. */
export const MAX_TEXT_LENGTH = 50_000;

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  return { ...DEFAULT_OPTIONS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}

export function analyze(input: string, options: AnalyzeOptions = {}): Report {
  const resolved = resolveOptions(options);
  const truncated = input.length > MAX_TEXT_LENGTH;
  const text = truncated ? cutAt(input, MAX_TEXT_LENGTH) : input;
  const { answer, options: judged, question } = chooseQuestion(text, resolved);
  const profile = getProfile(judged.question);
  const doc = buildDoc(answer, judged);
  const own = profile.findings ?? [];
  const findings: Finding[] = profileFindings(
    [...CHECKS.flatMap((check) => check.run(doc)), ...FAMILY_CHECKS.filter((c) => own.includes(c.id)).flatMap((c) => c.run(doc))],
    profile,
  );
  findings.sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER));
  const dimensions = profileDimensions(scoreDimensions(findings, judged), profile);
  const report: Report = {
    score: overallScore(dimensions, judged.focus, judged.level, profile.dimensions),
    dimensions,
    findings,
    stats: computeStats(doc, doc.problemIndex),
    question,
  };
  if (truncated) report.truncated = { analysedLength: text.length, limit: MAX_TEXT_LENGTH };
  return report;
}

/**
 * The question the answer is judged by. The writer's own pick (`user`) always wins; otherwise a
 * first line that is a question ("Q: …", ending with "?", or a prompt alone on its line) is matched to a profile (`draft`),
 * else the caller's (`page` or `default`). A question line is never read as part of the answer:
 * it is blanked (same length, so every offset stays exact).
 */
function chooseQuestion(text: string, options: ResolvedOptions): { answer: string; options: ResolvedOptions; question: ReportQuestion } {
  const line = draftQuestion(text);
  let judged = options;
  if (line && options.questionSource !== 'user') {
    const m = matchQuestion(line.question);
    if (m) judged = { ...options, question: m.id, questionSource: 'draft', questionConfidence: m.confidence };
  }
  const profile = getProfile(judged.question);
  const question: ReportQuestion = { id: profile.id, title: profile.title, source: judged.questionSource };
  if (judged.questionConfidence !== undefined && judged.questionSource !== 'default' && judged.questionSource !== 'user') question.confidence = judged.questionConfidence;
  const answer = line ? text.slice(0, line.start) + ' '.repeat(line.end - line.start) + text.slice(line.end) : text;
  return { answer, options: { ...judged, question: profile.id }, question };
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

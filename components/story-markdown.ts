import { DIMENSIONS, type Dimension, type Severity } from '../lib/types';
import { DIMENSION_LABELS } from './labels';

/** A story as the export reads it (`Story` in `platform/stories.ts`). */
export interface ExportStory {
  title: string;
  text: string;
  questions: readonly string[];
  scores: Partial<Record<string, {
    score: number;
    dimensions: Record<Dimension, number | null>;
    findings: ReadonlyArray<{ dimension: Dimension; severity: Severity; message: string }>;
  }>>;
}

/** A line of Markdown text, with the characters that would start markup escaped. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

/**
 * Every story and its scorecard for each question it answers, as one Markdown document (the
 * practice page's Export). `titleOf` names a question profile.
 */
export function storiesMarkdown(stories: readonly ExportStory[], titleOf: (id: string) => string, exportedAt: Date): string {
  const out: string[] = ['# My STAR stories', '', `Exported from STAR Coach on ${exportedAt.toISOString().slice(0, 10)}. ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}.`, ''];
  for (const story of stories) {
    out.push(`## ${escape(story.title)}`, '');
    out.push(`Answers: ${story.questions.length > 0 ? story.questions.map((q) => escape(titleOf(q))).join('; ') : 'no question chosen'}`, '');
    for (const paragraph of story.text.split(/\n\s*\n/)) {
      const p = paragraph.trim();
      if (p) out.push(p.split('\n').map((l) => `> ${l}`).join('\n'), '>');
    }
    if (out[out.length - 1] === '>') out.pop();
    out.push('');
    for (const q of story.questions) {
      const s = story.scores[q];
      out.push(`### Scorecard: ${escape(titleOf(q))}`, '');
      if (!s) {
        out.push('Not scored yet.', '');
        continue;
      }
      out.push(`Overall: **${s.score}/100**`, '', '| Dimension | Score |', '| --- | --- |');
      for (const d of DIMENSIONS) out.push(`| ${DIMENSION_LABELS[d]} | ${s.dimensions[d] ?? 'not asked by this question'} |`);
      out.push('');
      if (s.findings.length === 0) out.push('Nothing to fix.', '');
      else {
        for (const f of s.findings) out.push(`- ${DIMENSION_LABELS[f.dimension]} (${f.severity}): ${escape(f.message)}`);
        out.push('');
      }
    }
  }
  return out.join('\n');
}

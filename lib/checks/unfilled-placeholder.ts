import { defineCheck } from './define';
import type { AnalyzedDoc } from '../doc-model';
import type { Role } from '../roles/types';
import type { Dimension } from '../types';

/** The dimension a placeholder's sentence would give evidence for, had it been filled in. */
const DIMENSION_OF: Partial<Record<Role, Dimension>> = {
  result: 'quantification',
  verification: 'validation',
  lesson: 'reflection',
  scope: 'scope',
  action: 'ownership',
};
const ORDER: readonly Role[] = ['scope', 'verification', 'result', 'lesson', 'action'];

function dimensionAt(doc: AnalyzedDoc, offset: number): Dimension {
  const i = doc.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const roles = i >= 0 ? (doc.templateRoles?.[i] ?? doc.roles[i]!).roles : new Set<Role>();
  const role = ORDER.find((r) => roles.has(r));
  return (role && DIMENSION_OF[role]) ?? 'structure';
}

/**
 * A `[placeholder]` still in the text: a suggestion applied and not yet filled in. It is never a
 * finished answer, so each one is a major finding in the dimension its sentence speaks to, and the
 * text inside it counts as no evidence anywhere (the engine reads it blanked out).
 */
export const unfilledPlaceholder = defineCheck({
  id: 'unfilled-placeholder',
  dimension: 'structure',
  title: 'Placeholder to fill in',
  run(doc, finding) {
    return doc.placeholders.map((p) =>
      finding(
        'major',
        p,
        `Replace ${doc.text.slice(p.start, p.end)} with the real fact from your story: a placeholder is not evidence yet.`,
        undefined,
        dimensionAt(doc, p.start),
      ),
    );
  },
});

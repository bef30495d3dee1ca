import type { AnalyzedDoc } from '../doc-model';
import type { Dimension, Finding, Severity, Suggestion } from '../types';

/** Builds one finding of the check's own kind: its id and dimension come from the definition. */
export type FindingFactory = (
  severity: Severity,
  span: { start: number; end: number } | null,
  message: string,
  suggestion?: Suggestion,
  /** For a kind whose dimension depends on where it is found (a placeholder in a result counts against quantification). */
  dimension?: Dimension,
) => Finding;

/** One rubric check: reads the analysed draft, returns findings of its own kind. Pure and synchronous. */
export interface Check<Id extends string = string> {
  /** The finding id this check emits; the file is named after it. */
  readonly id: Id;
  /** The dimension its findings count against (a check may place a finding elsewhere, see `FindingFactory`). */
  readonly dimension: Dimension;
  /** A short label for lists, underlines and the command line. */
  readonly title: string;
  run(doc: AnalyzedDoc): Finding[];
}

/**
 * Declares a check once: its id, the dimension its findings count against and their title. The
 * registry (`./index.ts`) derives the list of finding ids and the kind table from these, so an id
 * is typed in one place only.
 */
export function defineCheck<const Id extends string>(spec: {
  id: Id;
  dimension: Dimension;
  title: string;
  run(doc: AnalyzedDoc, finding: FindingFactory): Finding[];
}): Check<Id> {
  const finding: FindingFactory = (severity, span, message, suggestion, dimension = spec.dimension) => {
    const f: Finding = { id: spec.id, dimension, severity, message };
    if (span) {
      f.start = span.start;
      f.end = span.end;
    }
    if (suggestion) f.suggestion = suggestion;
    return f;
  };
  return { id: spec.id, dimension: spec.dimension, title: spec.title, run: (doc) => spec.run(doc, finding) };
}

import { useState } from 'preact/hooks';
import { DIMENSIONS, type Dimension, type Finding, type Report } from '../lib/types';
import { CopyButton } from './CopyButton';
import { DIMENSION_LABELS } from './labels';
import { DimensionMark } from './Legend';
import { SectionBar } from './SectionBar';
import { questionNote } from './QuestionPicker';
import { FAMILY_FINDING_IDS } from '../lib/questions/types';

export interface ScorecardProps {
  report: Report;
  /** The exact text the report was made for: lets each finding quote the words it is about. */
  text?: string;
  /** When given, findings with a span offer "Show in page" (the popup and side panel). */
  onReveal?: (finding: Finding) => void;
  /** Open the weakest dimension's findings at first. */
  openWeakest?: boolean;
  /** Prefix for element ids, so two scorecards can share a page. */
  idPrefix?: string;
  /** What a strong answer to the report's question must show (its profile's `mustShow`), where the page has the profiles. */
  mustShow?: readonly string[];
}

/** Whether a dimension counts for the question the report was made for. */
export function asked(report: Report, d: Dimension): boolean {
  return report.dimensions[d].applies !== false;
}

const FAMILY = new Set<string>(FAMILY_FINDING_IDS);

const SEVERITY_LABELS = { major: 'Major', minor: 'Minor', hint: 'Hint' } satisfies Record<Finding['severity'], string>;

/** "1:05" for 65 seconds. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The dimensions from weakest to strongest, those the question does not ask last; ties keep the rubric's order. */
export function weakestFirst(report: Report): Dimension[] {
  return [...DIMENSIONS].sort(
    (a, b) => Number(!asked(report, a)) - Number(!asked(report, b)) || report.dimensions[a].score - report.dimensions[b].score,
  );
}

function scoreBand(score: number): 'low' | 'mid' | 'high' {
  return score >= 80 ? 'high' : score >= 50 ? 'mid' : 'low';
}

/** The whole report: overall score, timing, section split, and the six dimensions with their findings. */
export function Scorecard({ report, text, onReveal, openWeakest = false, idPrefix = 'sc', mustShow }: ScorecardProps) {
  const dims = weakestFirst(report);
  const [open, setOpen] = useState<ReadonlySet<Dimension>>(() => new Set(openWeakest && dims[0] ? [dims[0]] : []));
  const toggle = (d: Dimension) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(d)) next.delete(d);
      else next.add(d);
      return next;
    });
  const { stats, question } = report;
  const familyFindings = report.findings.filter((f) => FAMILY.has(f.id));
  return (
    <section class="sc" aria-label="STAR scorecard">
      {question ? <QuestionLine question={question} mustShow={mustShow} family={familyFindings} /> : null}
      <div class="sc-head">
        <p class="sc-score" data-band={scoreBand(report.score)}>
          <strong data-testid="overall-score">{report.score}</strong>
          <span class="sc-of">/100</span>
          <span class="sc-visually-hidden"> overall score</span>
        </p>
        <dl class="sc-stats">
          <Stat id={`${idPrefix}-tip-spoken`} label="Spoken" testid="speaking-time" value={formatSeconds(stats.speakingSeconds)}
            explain={`About ${formatSeconds(stats.speakingSeconds)} to say aloud, at 150 words a minute. Aim for 1½ to 3 minutes.`} />
          <Stat id={`${idPrefix}-tip-problem`} label="Problem after" testid="seconds-to-problem"
            value={stats.secondsToProblem === null ? 'not stated' : `${Math.round(stats.secondsToProblem)} s`}
            explain={stats.secondsToProblem === null
              ? 'You never say what went wrong. State the problem within your first 30 s of speaking.'
              : `You state the problem after ${Math.round(stats.secondsToProblem)} s of speaking — aim for under 30 s.`} />
          <Stat id={`${idPrefix}-tip-words`} label="Words" value={String(stats.words)}
            explain={`${stats.words} words. About 225 to 450 words is 1½ to 3 minutes spoken.`} />
        </dl>
      </div>
      <SectionBar sections={stats.sections} />
      {report.truncated ? (
        <p class="sc-note" role="note" data-testid="truncated">
          This text is long: only its first {report.truncated.analysedLength.toLocaleString('en')} characters were
          checked.
        </p>
      ) : null}
      <ul class="sc-dims">
        {dims.map((d) => {
          const r = report.dimensions[d];
          if (!asked(report, d)) {
            return (
              <li key={d} data-dimension={d} data-status="not-asked">
                <p class="sc-dim sc-dim-off">
                  <span class="sc-status" aria-hidden="true">–</span>
                  <span class="sc-dim-name"><DimensionMark dimension={d} /> {DIMENSION_LABELS[d]}</span>
                  <span class="sc-dim-summary">not asked by this question</span>
                </p>
              </li>
            );
          }
          const findings = report.findings.filter((f) => f.dimension === d);
          const isOpen = open.has(d);
          const panelId = `${idPrefix}-dim-${d}`;
          return (
            <li key={d} data-dimension={d} data-status={r.status}>
              <button
                type="button"
                class="sc-dim"
                aria-expanded={isOpen}
                aria-controls={panelId}
                onClick={() => toggle(d)}
              >
                <span class="sc-status" aria-hidden="true">{r.status === 'strong' ? '✓' : '!'}</span>
                <span class="sc-dim-name"><DimensionMark dimension={d} /> {DIMENSION_LABELS[d]}</span>
                <span class="sc-dim-score">
                  {r.score}
                  <span class="sc-visually-hidden">
                    {' '}of 100, {r.status === 'strong' ? 'strong' : 'needs work'}
                    {findings.length ? `, ${findings.length} finding${findings.length === 1 ? '' : 's'}` : ''}
                  </span>
                </span>
                <span class="sc-dim-summary">{r.summary}</span>
                <span class="sc-count" aria-hidden="true">
                  {findings.length ? `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}` : 'no findings'}
                </span>
              </button>
              <div id={panelId} class="sc-findings" hidden={!isOpen}>
                {findings.length === 0 ? (
                  <p class="sc-none">Nothing to fix here.</p>
                ) : (
                  <ul>
                    {findings.map((f, i) => (
                      <FindingItem key={`${f.id}-${f.start ?? 'x'}-${i}`} finding={f} text={text} onReveal={onReveal} />
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Which question the report was made for and how it was chosen, on one line; opened, what a strong
 * answer to it must show and the findings particular to it.
 */
function QuestionLine({ question, mustShow, family }: { question: NonNullable<Report['question']>; mustShow?: readonly string[]; family: Finding[] }) {
  const line = (
    <span class="sc-question-title">
      Coaching for: <strong data-testid="question-title">{question.title}</strong> <span class="sc-muted">({questionNote(question)})</span>
      {family.length > 0 ? <span class="sc-muted"> · {family.length} {family.length === 1 ? 'finding' : 'findings'} for this question</span> : null}
    </span>
  );
  if ((!mustShow || mustShow.length === 0) && family.length === 0) return <p class="sc-question" data-testid="question">{line}</p>;
  return (
    <details class="sc-question" data-testid="question">
      <summary>{line}</summary>
      {mustShow && mustShow.length > 0 ? (
        <>
          <p class="sc-must-title">A strong answer to this question shows:</p>
          <ul class="sc-must">{mustShow.map((m) => <li key={m}>{m}</li>)}</ul>
        </>
      ) : null}
      {family.length > 0 ? (
        <div class="sc-family" data-testid="family-findings">
          <p class="sc-family-title">Findings for this question</p>
          <ul>
            {family.map((f, i) => (
              <li key={`${f.id}-${i}`} data-family-finding={f.id} data-severity={f.severity}><span class="sc-sev">{SEVERITY_LABELS[f.severity]}</span> {f.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}

/** One figure, with a plain-words explanation shown on hover and keyboard focus (and read as its description). */
function Stat({ id, label, value, explain, testid }: { id: string; label: string; value: string; explain: string; testid?: string }) {
  return (
    <div class="sc-stat" tabIndex={0} aria-describedby={id}>
      <dt>{label}</dt>
      <dd>
        <span data-testid={testid}>{value}</span>
        <span class="sc-tip" role="tooltip" id={id}>{explain}</span>
      </dd>
    </div>
  );
}

function FindingItem({ finding, text, onReveal }: { finding: Finding; text?: string; onReveal?: (f: Finding) => void }) {
  const hasSpan = finding.start !== undefined && finding.end !== undefined;
  const quote = hasSpan && text !== undefined ? text.slice(finding.start, finding.end) : null;
  const replaced =
    finding.suggestion?.replaces && text !== undefined
      ? text.slice(finding.suggestion.replaces.start, finding.suggestion.replaces.end)
      : null;
  return (
    <li class="sc-finding" data-finding-id={finding.id} data-severity={finding.severity}>
      <p class="sc-finding-head">
        <span class="sc-sev">{SEVERITY_LABELS[finding.severity]}</span>
        {FAMILY.has(finding.id) ? <span class="sc-for">this question</span> : null}
        {quote ? <q class="sc-quote">{quote}</q> : <span class="sc-missing">Missing from the answer</span>}
      </p>
      <p class="sc-message">{finding.message}</p>
      {finding.suggestion ? (
        <div class="sc-rewrite">
          <p class="sc-rewrite-label">
            {replaced ? <>Instead of <q>{replaced}</q>, try:</> : finding.suggestion.replaces ? 'Rewrite:' : 'Add:'}
          </p>
          <p class="sc-rewrite-text" data-testid="rewrite">{finding.suggestion.text}</p>
          <CopyButton text={finding.suggestion.text} label="Copy rewrite" />
        </div>
      ) : null}
      {onReveal && hasSpan ? (
        <button type="button" class="sc-link" onClick={() => onReveal(finding)}>
          Show in page
        </button>
      ) : null}
    </li>
  );
}

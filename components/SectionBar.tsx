import { SECTIONS, type Section } from '../lib/types';
import { SECTION_LABELS } from './labels';

export interface SectionBarProps {
  /** Share of words (0–1) per section. */
  sections: Record<Section, number>;
}

/**
 * What share of the words each section should roughly take, in percent: a rule of thumb of STAR
 * coaching (most of the answer on what you did, a short setting, a clear result and lesson).
 */
export const SECTION_TARGETS = {
  situation: [10, 25],
  task: [5, 15],
  action: [35, 60],
  result: [15, 30],
  reflection: [5, 15],
} satisfies Record<Section, readonly [number, number]>;

const aimOf = (s: Section) => `${SECTION_TARGETS[s][0]}–${SECTION_TARGETS[s][1]}%`;

/** Whether a share is below, within or above its section's target. */
export function against(s: Section, pct: number): 'low' | 'ok' | 'high' {
  const [lo, hi] = SECTION_TARGETS[s];
  return pct < lo ? 'low' : pct > hi ? 'high' : 'ok';
}

const VERDICT = { low: 'too little', ok: 'on target', high: 'too much' } as const;

/**
 * How the answer's words split across the STAR sections, against the target split drawn below it,
 * with a readable legend that says each section's share and aim.
 */
export function SectionBar({ sections }: SectionBarProps) {
  const total = SECTIONS.reduce((sum, s) => sum + Math.max(0, sections[s]), 0);
  const pct = (s: Section) => (total > 0 ? Math.round((Math.max(0, sections[s]) / total) * 100) : 0);
  const description = SECTIONS.map((s) => `${SECTION_LABELS[s]} ${pct(s)}%`).join(', ');
  const aims = SECTIONS.map((s) => `${SECTION_LABELS[s]} ${aimOf(s)}`).join(', ');
  const aimTotal = SECTIONS.reduce((sum, s) => sum + (SECTION_TARGETS[s][0] + SECTION_TARGETS[s][1]) / 2, 0);
  return (
    <figure class="sc-sections">
      <div class="sc-bar-row">
        <span class="sc-bar-label" aria-hidden="true">Yours</span>
        <div class="sc-bar" role="img" aria-label={`Words by section: ${description}. Aim: ${aims}.`}>
          {SECTIONS.filter((s) => pct(s) > 0).map((s) => (
            <span key={s} class="sc-seg" data-section={s} title={`${SECTION_LABELS[s]}: ${pct(s)}% of your words (aim ${aimOf(s)})`}
              style={{ width: `${(Math.max(0, sections[s]) / total) * 100}%` }} />
          ))}
        </div>
      </div>
      <div class="sc-bar-row" aria-hidden="true">
        <span class="sc-bar-label">Aim</span>
        <div class="sc-bar sc-aim-bar">
          {SECTIONS.map((s) => (
            <span key={s} class="sc-seg" data-section={s} title={`${SECTION_LABELS[s]}: aim for ${aimOf(s)} of your words`}
              style={{ width: `${((SECTION_TARGETS[s][0] + SECTION_TARGETS[s][1]) / 2 / aimTotal) * 100}%` }} />
          ))}
        </div>
      </div>
      <figcaption class="sc-legend" aria-hidden="true">
        {SECTIONS.map((s) => (
          <span key={s} data-section={s} data-aim={against(s, pct(s))} title={`${SECTION_LABELS[s]}: ${pct(s)}%, ${VERDICT[against(s, pct(s))]} (aim ${aimOf(s)})`}>
            <i class="sc-swatch" data-section={s} />
            <span data-testid={`section-${s}`}>{SECTION_LABELS[s]} {pct(s)}%</span>
            <span class="sc-aim">aim {aimOf(s)}</span>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

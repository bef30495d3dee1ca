import { SECTIONS, type Section } from '../lib/types';
import { SECTION_LABELS } from './labels';

export interface SectionBarProps {
  /** Share of words (0–1) per section. */
  sections: Record<Section, number>;
}

/** One bar showing how the answer's words split across the STAR sections, with a readable legend. */
export function SectionBar({ sections }: SectionBarProps) {
  const total = SECTIONS.reduce((sum, s) => sum + Math.max(0, sections[s]), 0);
  const pct = (s: Section) => (total > 0 ? Math.round((Math.max(0, sections[s]) / total) * 100) : 0);
  const description = SECTIONS.map((s) => `${SECTION_LABELS[s]} ${pct(s)}%`).join(', ');
  return (
    <figure class="sc-sections">
      <div class="sc-bar" role="img" aria-label={`Words by section: ${description}`}>
        {SECTIONS.filter((s) => pct(s) > 0).map((s) => (
          <span key={s} class="sc-seg" data-section={s} style={{ width: `${(Math.max(0, sections[s]) / total) * 100}%` }} />
        ))}
      </div>
      <figcaption class="sc-legend" aria-hidden="true">
        {SECTIONS.map((s) => (
          <span key={s} data-section={s} data-testid={`section-${s}`}>
            <i class="sc-swatch" data-section={s} />
            {SECTION_LABELS[s]} {pct(s)}%
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

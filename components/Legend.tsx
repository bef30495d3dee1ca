import { DIMENSIONS, type Dimension } from '../lib/types';
import { DIMENSION_LABELS } from './labels';
import { DIMENSION_COLOURS, DIMENSION_MARKS, DIMENSION_UNDERLINES } from './palette';

/** A dimension's one-letter mark, underlined the way its findings are. */
export function DimensionMark({ dimension }: { dimension: Dimension }) {
  const u = DIMENSION_UNDERLINES[dimension];
  return (
    <span
      class="dim-mark"
      data-dimension={dimension}
      aria-hidden="true"
      style={{
        borderColor: DIMENSION_COLOURS[dimension],
        textDecoration: `underline ${u.style} ${DIMENSION_COLOURS[dimension]}`,
        textDecorationThickness: `${u.thickness}px`,
        textUnderlineOffset: '3px',
      }}
    >
      {DIMENSION_MARKS[dimension]}
    </span>
  );
}

/** The six dimensions: mark, name and underline. `full` adds the colour's name of each underline style. */
export function Legend({ full = false }: { full?: boolean }) {
  return (
    <ul class={full ? 'legend full' : 'legend'} aria-label="What the underlines mean">
      {DIMENSIONS.map((d: Dimension) => (
        <li key={d} data-dimension={d}>
          <DimensionMark dimension={d} />
          <span class="legend-name">{DIMENSION_LABELS[d]}</span>
          {full ? <span class="legend-style">{DIMENSION_UNDERLINES[d].name} underline</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Styles for the mark and legend, shared by the overlay and the extension's pages. */
export const LEGEND_CSS = `
.dim-mark { display: inline-flex; align-items: center; justify-content: center; min-width: 1.5em; height: 1.5em; padding: 0 2px 2px;
  border: 1.5px solid; border-radius: 4px; font-weight: 700; font-size: 12px; line-height: 1; flex: none; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 4px 0 8px; padding: 0; font-size: 12px; }
.legend li { display: inline-flex; align-items: center; gap: 4px; margin: 0; }
.legend.full { display: grid; grid-template-columns: 1fr; gap: 8px; font-size: 14px; }
.legend.full .legend-name { font-weight: 600; min-width: 9em; }
`;

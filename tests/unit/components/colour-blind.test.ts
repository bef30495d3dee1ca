import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from '../../../lib/types';
import { DIMENSION_COLOURS, DIMENSION_UNDERLINES } from '../../../components/palette';

// Colour-vision deficiency simulation on the six underline colours: Machado, Oliveira & Fernandes
// (2009), severity 1.0 (dichromacy) for protanopia and deuteranopia, applied to linear RGB;
// achromatopsia as relative luminance (Rec. 709 weights, linear RGB). Differences are CIEDE2000
// in CIELAB (D65).

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const MACHADO_PROTANOPIA: Matrix = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];
const MACHADO_DEUTERANOPIA: Matrix = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];

const toLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const linearOf = (hex: string): Rgb => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;
const clamp = (v: number) => Math.min(1, Math.max(0, v));
const times = (m: Matrix, c: Rgb): Rgb => m.map((row) => clamp(row[0] * c[0] + row[1] * c[1] + row[2] * c[2])) as Rgb;

const SIMULATIONS = {
  normal: (c: Rgb) => c,
  protanopia: (c: Rgb) => times(MACHADO_PROTANOPIA, c),
  deuteranopia: (c: Rgb) => times(MACHADO_DEUTERANOPIA, c),
  achromatopsia: (c: Rgb): Rgb => {
    const y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return [y, y, y];
  },
} satisfies Record<string, (c: Rgb) => Rgb>;
type Vision = keyof typeof SIMULATIONS;

/** Linear sRGB → CIELAB (D65). */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function deltaE2000([L1, a1, b1]: Rgb, [L2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) dhp = Math.abs(h2p - h1p) <= 180 ? h2p - h1p : h2p - h1p > 180 ? h2p - h1p - 360 : h2p - h1p + 360;
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lm = (L1 + L2) / 2;
  const Cmp = (C1p + C2p) / 2;
  let hm = h1p + h2p;
  if (C1p * C2p !== 0) hm = Math.abs(h1p - h2p) <= 180 ? (h1p + h2p) / 2 : h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  const T = 1 - 0.17 * Math.cos((hm - 30) * rad) + 0.24 * Math.cos(2 * hm * rad) + 0.32 * Math.cos((3 * hm + 6) * rad) - 0.2 * Math.cos((4 * hm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hm - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lm - 50) ** 2) / Math.sqrt(20 + (Lm - 50) ** 2);
  const Sc = 1 + 0.045 * Cmp;
  const Sh = 1 + 0.015 * Cmp * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

/**
 * Two thin underlines side by side are told apart by colour when their CIEDE2000 difference is
 * at least this: about five just-noticeable differences, a common rule of thumb for categorical
 * colours in charts (a difference of 2–3 is barely visible on large patches, and underlines are thin).
 */
const DISTINCT_BY_COLOUR = 10;

const pairs = DIMENSIONS.flatMap((a, i) => DIMENSIONS.slice(i + 1).map((b) => [a, b] as [Dimension, Dimension]));
const distance = (vision: Vision, a: Dimension, b: Dimension) =>
  deltaE2000(lab(SIMULATIONS[vision](linearOf(DIMENSION_COLOURS[a]))), lab(SIMULATIONS[vision](linearOf(DIMENSION_COLOURS[b]))));
const look = (d: Dimension) => `${DIMENSION_UNDERLINES[d].style} ${DIMENSION_UNDERLINES[d].thickness}px`;

describe('the six underlines under colour-vision deficiency simulation', () => {
  it('the simulation is sound: it keeps grey grey, makes achromatopsia colourless, and confuses red and green under deuteranopia', () => {
    const grey = linearOf('#808080');
    for (const vision of Object.keys(SIMULATIONS) as Vision[]) {
      for (const [i, v] of SIMULATIONS[vision](grey).entries()) expect(v, `${vision} channel ${i}`).toBeCloseTo(grey[0], 2);
    }
    const [r, g, b] = SIMULATIONS.achromatopsia(linearOf(DIMENSION_COLOURS.reflection));
    expect(r).toBe(g);
    expect(g).toBe(b);
    // Pure red and a green of similar lightness: far apart normally, close under deuteranopia.
    const red = lab(linearOf('#d00000'));
    const green = lab(linearOf('#708000'));
    expect(deltaE2000(red, green)).toBeGreaterThan(40);
    expect(deltaE2000(lab(SIMULATIONS.deuteranopia(linearOf('#d00000'))), lab(SIMULATIONS.deuteranopia(linearOf('#708000'))))).toBeLessThan(15);
    // CIEDE2000 against a published pair (Sharma et al. 2005, table 1, pair 1): 2.0425.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
  });

  it('every underline style differs from every other (style or thickness), so no pair depends on colour alone', () => {
    for (const [a, b] of pairs) expect(look(a), `${a} vs ${b}`).not.toBe(look(b));
  });

  it.each(['protanopia', 'deuteranopia', 'achromatopsia'] as const)('under %s every pair stays distinguishable: by colour or by underline style', (vision) => {
    const rows = pairs.map(([a, b]) => {
      const dE = distance(vision, a, b);
      const byColour = dE >= DISTINCT_BY_COLOUR;
      const byStyle = look(a) !== look(b);
      return { pair: `${a} / ${b}`, 'ΔE2000 normal': distance('normal', a, b).toFixed(1), [`ΔE2000 ${vision}`]: dE.toFixed(1), byColour, byStyle, styles: `${look(a)} / ${look(b)}` };
    });
    console.log(`\nUnderline colours under ${vision} (distinct by colour when ΔE2000 ≥ ${DISTINCT_BY_COLOUR}):`);
    console.table(rows);
    for (const row of rows) expect(row.byColour || row.byStyle, row.pair).toBe(true);
    // Not vacuous: the simulation does change the picture (some pairs lose colour difference).
    const normalMin = Math.min(...pairs.map(([a, b]) => distance('normal', a, b)));
    const simulatedMin = Math.min(...pairs.map(([a, b]) => distance(vision, a, b)));
    expect(simulatedMin).toBeLessThan(normalMin);
  });

  it('with normal colour vision every pair also differs by colour', () => {
    for (const [a, b] of pairs) expect(distance('normal', a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(DISTINCT_BY_COLOUR);
  });
});

/**
 * A linear model over sentence features: one logistic classifier per role label, trained in this
 * repository from the hand-labelled sentences (`npm run train`) and committed as data
 * (`lib/data/role-model.ts`). Deterministic, small, and read only by the background worker.
 */
export interface LinearModel {
  /** The label each classifier decides, e.g. `action`, `actor:I`, `result:metric`. */
  labels: readonly string[];
  /** The feature vocabulary; a classifier's weights are indexed into it. */
  features: readonly string[];
  bias: readonly number[];
  /** Per label: feature indices and their weights (features not listed weigh nothing). */
  weights: ReadonlyArray<readonly [readonly number[], readonly number[]]>;
}

export interface CompiledModel {
  labels: readonly string[];
  score(features: readonly string[]): Float64Array;
  /** The weights of some features summed per label, without the bias (to cache and add to later). */
  sum(features: readonly string[]): Float64Array;
  /** Bias, then sigmoid: partial sums → probabilities (`parts` are added together first). */
  finish(...parts: Float64Array[]): Float64Array;
}

/** Index the vocabulary once; `score` then returns each label's probability for a feature list. */
export function compileModel(model: LinearModel): CompiledModel {
  const index = new Map(model.features.map((f, i) => [f, i]));
  // Dense weights per feature: every label's weight, so one lookup serves all classifiers.
  const n = model.labels.length;
  const table = new Float64Array(model.features.length * n);
  model.weights.forEach(([idx, w], label) => idx.forEach((f, k) => (table[f * n + label] = w[k]!)));
  const sum = (features: readonly string[]) => {
    const z = new Float64Array(n);
    for (const f of features) {
      const i = index.get(f);
      if (i === undefined) continue;
      for (let l = 0; l < n; l++) z[l] = z[l]! + table[i * n + l]!;
    }
    return z;
  };
  const finish = (...parts: Float64Array[]) => {
    const z = Float64Array.from(model.bias);
    for (const p of parts) for (let l = 0; l < n; l++) z[l] = z[l]! + p[l]!;
    for (let l = 0; l < n; l++) z[l] = 1 / (1 + Math.exp(-z[l]!));
    return z;
  };
  return { labels: model.labels, sum, finish, score: (features) => finish(sum(features)) };
}

export interface TrainingExample {
  features: readonly string[];
  labels: ReadonlySet<string>;
}

/** How `npm run train` trains the shipped model (and the test that checks it is what training makes). */
export const SHIPPED_TRAINING: TrainOptions = { runs: 5 };

export interface TrainOptions {
  epochs?: number;
  /** L2 penalty per update. */
  l2?: number;
  learningRate?: number;
  /** Features seen fewer times than this are left out of the vocabulary. */
  minCount?: number;
  seed?: number;
  /**
   * How many runs, each shuffling with the next seed, are averaged into the one model: the order of
   * updates moves single runs' readings noticeably, and their average is steadier.
   */
  runs?: number;
  /** Weights smaller than this are dropped from the committed table. */
  prune?: number;
}

/** A small deterministic generator, so training gives the same weights on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One-vs-rest logistic regression by AdaGrad, with positives weighted up to balance rare labels.
 * Weights under `prune` are dropped and the rest rounded to 0.01, so the committed table stays small.
 */
export function trainModel(examples: readonly TrainingExample[], labels: readonly string[], options: TrainOptions = {}): LinearModel {
  const { epochs = 30, l2 = 1e-3, learningRate = 0.3, minCount = 3, seed = 1, runs = 1, prune = 0.1 } = options;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts].filter(([, c]) => c >= minCount).map(([f]) => f).sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = examples.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const bias: number[] = [];
  const weights: Array<[number[], number[]]> = [];
  const randoms = Array.from({ length: runs }, (_, k) => mulberry32(seed + k));
  for (const label of labels) {
    const y = examples.map((e) => (e.labels.has(label) ? 1 : 0));
    const positives = y.reduce<number>((a, b) => a + b, 0);
    const posWeight = positives === 0 ? 1 : Math.min(4, Math.max(1, (y.length - positives) / positives));
    const w = new Float64Array(features.length);
    let b = 0;
    for (const random of randoms) {
      const run = fitOne(rows, y, posWeight, features.length, { epochs, l2, learningRate, random });
      run.w.forEach((v, i) => (w[i] = w[i]! + v / runs));
      b += run.b / runs;
    }
    const idx: number[] = [];
    const vals: number[] = [];
    w.forEach((v, i) => {
      if (Math.abs(v) >= prune) {
        idx.push(i);
        vals.push(Math.round(v * 100) / 100);
      }
    });
    bias.push(Math.round(b * 1000) / 1000);
    weights.push([idx, vals]);
  }
  // Keep only features some classifier uses.
  const used = [...new Set(weights.flatMap(([idx]) => idx))].sort((a, b) => a - b);
  const remap = new Map(used.map((old, i) => [old, i]));
  return {
    labels,
    features: used.map((i) => features[i]!),
    bias,
    weights: weights.map(([idx, vals]) => [idx.map((i) => remap.get(i)!), vals] as const),
  };
}

/** One run of AdaGrad logistic regression for one label, shuffling the examples with `random` each epoch. */
function fitOne(
  rows: readonly number[][],
  y: readonly number[],
  posWeight: number,
  size: number,
  { epochs, l2, learningRate, random }: { epochs: number; l2: number; learningRate: number; random: () => number },
): { w: Float64Array; b: number } {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const x = rows[r]!;
      let z = b;
      for (const f of x) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y[r]!) * (y[r] ? posWeight : 1);
      gb += g * g;
      b -= (learningRate * g) / Math.sqrt(gb);
      for (const f of x) {
        const gf = g + l2 * w[f]!;
        g2[f] = g2[f]! + gf * gf;
        w[f] = w[f]! - (learningRate * gf) / Math.sqrt(g2[f]!);
      }
    }
  }
  return { w, b };
}

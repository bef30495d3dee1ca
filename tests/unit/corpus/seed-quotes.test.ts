import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { DIMENSIONS, type Dimension } from '../../../lib/types';
import type { Status } from './fixtures';

/**
 * The seed's own weak and strong quotes (tests/fixtures/answers/seed-quotes.json): each must give
 * its dimension the status the seed implies, and the webhook story assembled from the strong quotes
 * must be strong on every dimension. Default options: mid, balanced, caught-issue.
 */
interface SeedQuote {
  text: string;
  dimension: Dimension;
  expected: Status;
  source: string;
  why: string;
}

const FILE = fileURLToPath(new URL('../../fixtures/answers/seed-quotes.json', import.meta.url));
const seed = JSON.parse(readFileSync(FILE, 'utf8')) as { quotes: SeedQuote[]; assembled: { text: string; expected: Record<Dimension, Status> } };

function valid(q: SeedQuote, i: number): SeedQuote {
  const where = `seed-quotes.json quotes[${i}]`;
  if (typeof q.text !== 'string' || q.text.trim() === '') throw new Error(`${where}: empty text`);
  if (!(DIMENSIONS as readonly string[]).includes(q.dimension)) throw new Error(`${where}: unknown dimension ${q.dimension}`);
  if (q.expected !== 'strong' && q.expected !== 'needs-work') throw new Error(`${where}: unknown status ${q.expected}`);
  return q;
}

const quotes = seed.quotes.map(valid);

describe('seed quotes', () => {
  it('cover both statuses of every dimension the seed illustrates', () => {
    for (const d of ['ownership', 'scope', 'quantification', 'validation', 'reflection'] as const) {
      expect(quotes.some((q) => q.dimension === d && q.expected === 'strong'), `${d} strong quote`).toBe(true);
      expect(quotes.some((q) => q.dimension === d && q.expected === 'needs-work'), `${d} weak quote`).toBe(true);
    }
  });

  it.each(quotes.map((q) => [q.dimension, q.expected, q.text, q.why] as const))(
    '%s is %s for "%s"',
    (dimension, expected, text, why) => {
      const report = analyze(text);
      expect(report.dimensions[dimension].status, `${why}\nengine: ${report.dimensions[dimension].summary}`).toBe(expected);
    },
  );

  it.each(DIMENSIONS.map((d) => [d] as const))('the assembled webhook story is strong on %s', (d) => {
    const report = analyze(seed.assembled.text);
    expect(report.dimensions[d].status, report.dimensions[d].summary).toBe(seed.assembled.expected[d]);
  });
});

// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditable } from '../../../content/live/sources/text-model';

/**
 * Highlights are drawn from engine spans through readEditable/rangeFor. For any text split into any
 * inline structure, the DOM range for [start, end) must cover exactly text.slice(start, end).
 */

type Tree = { text: string } | { tag: string; children: Tree[] };

const INLINE = ['span', 'b', 'i', 'em', 'strong', 'u', 'code', 'mark', 'a'] as const;

/** Text pieces including emoji, combining marks, RTL, NBSP and (inline) CR/LF characters. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom('We figured it out together. ', 'I traced the failure', ' 👩🏽‍💻 ', '🚀', 'e\u0301', 'שלום ', 'مرحبا', '\u00a0', ' ', 'a\r\nb', '') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const pieceWithoutNewlines = piece.map((s) => s.replace(/[\r\n]/g, ' '));

function treeOf(leaf: fc.Arbitrary<string>): fc.Arbitrary<Tree[]> {
  const { forest } = fc.letrec<{ node: Tree; forest: Tree[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf.map((text) => ({ text })),
      fc.record({ tag: fc.constantFrom(...INLINE), children: tie('forest') }),
    ),
    forest: fc.array(tie('node'), { maxLength: 4 }),
  }));
  return forest;
}

function build(parent: Node, trees: Tree[]): void {
  for (const t of trees) {
    if ('text' in t) {
      parent.appendChild(document.createTextNode(t.text));
    } else {
      const el = document.createElement(t.tag);
      build(el, t.children);
      parent.appendChild(el);
    }
  }
}

function flatten(trees: Tree[]): string {
  return trees.map((t) => ('text' in t ? t.text : flatten(t.children))).join('');
}

function editable(): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.replaceChildren(root);
  return root;
}

/** Up to five [start, end) pairs as raw numbers, mapped into a text's bounds by the test. */
const rawSpans = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 });

function inBounds(length: number, [a, b]: [number, number]): [number, number] {
  const x = a % (length + 1);
  const y = b % (length + 1);
  return x <= y ? [x, y] : [y, x];
}

describe('rangeFor(readEditable(root), start, end)', () => {
  it('covers exactly text.slice(start, end) for any inline structure', () => {
    fc.assert(
      fc.property(treeOf(piece), rawSpans, (trees, spans) => {
        const root = editable();
        build(root, trees);
        const text = flatten(trees);
        const snapshot = readEditable(root);
        expect(snapshot.text).toBe(text);
        for (const raw of spans) {
          const [start, end] = inBounds(text.length, raw);
          const range = rangeFor(snapshot, start, end);
          if (start === end) {
            expect(range, 'an empty span has no range').toBeNull();
          } else {
            expect(range, `a range for [${start}, ${end})`).not.toBeNull();
            expect(range!.toString()).toBe(text.slice(start, end));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('covers exactly the flagged characters inside any paragraph of a multi-paragraph field', () => {
    const paragraphs = fc.array(fc.record({ tag: fc.constantFrom('p', 'div', 'li'), children: treeOf(pieceWithoutNewlines) }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(paragraphs, rawSpans, (blocks, spans) => {
        const root = editable();
        build(root, blocks);
        const snapshot = readEditable(root);
        const { text } = snapshot;
        for (const raw of spans) {
          const [start, rawEnd] = inBounds(text.length, raw);
          // Keep the span inside one paragraph: stop at the next synthetic line break.
          const nl = text.indexOf('\n', start);
          const end = nl === -1 ? rawEnd : Math.min(rawEnd, nl);
          if (end <= start) continue;
          expect(rangeFor(snapshot, start, end)!.toString()).toBe(text.slice(start, end));
        }
      }),
      { numRuns: 100 },
    );
  });
});

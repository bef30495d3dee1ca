/**
 * A least-recently-used cache keyed by text and bounded by the total length of its keys, not by its
 * number of entries: what a cached sentence costs grows with the sentence, so a count limit lets a
 * few very long drafts fill memory (50 edits of one 50,000-character sentence once held 140 MB).
 */
export class TextCache<V> {
  private readonly entries = new Map<string, V>();
  private chars = 0;

  /** `maxChars`: the most text kept, in UTF-16 units, over all keys. */
  constructor(private readonly maxChars: number) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Refresh recency: Map keeps insertion order, so the oldest entry is always first.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, value: V): void {
    if (this.entries.has(key)) {
      this.entries.delete(key);
      this.chars -= key.length;
    }
    if (key.length > this.maxChars) return; // never kept: it would evict everything else
    this.entries.set(key, value);
    this.chars += key.length;
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  /** Total length of the keys kept, in UTF-16 units. */
  get size(): number {
    return this.chars;
  }
}

/**
 * Features are 32-bit hashes of (template, parts) rather than strings: building and looking up ~50 strings
 * per token made string hashing and garbage collection the tagger's main cost.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Order-sensitive combination of two hashes (murmur3-style finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Feature key of a template and up to three parts (each a hash or a small number). */
export const key = (template: number, a: number, b = 0, c = 0): number => mix(mix(mix(template + 1, a), b), c);

/** Open-addressing map from 32-bit feature keys to dense ids; far cheaper than a Map of strings. */
export interface FeatureTable {
  readonly size: number;
  get(key: number): number;
  /** Keys in id order. */
  keys(): Uint32Array;
}

export function createFeatureTable(keys: ArrayLike<number>): FeatureTable {
  let capacity = 16;
  while (capacity < keys.length * 2) capacity *= 2;
  const mask = capacity - 1;
  // Key and id side by side (id + 1, so 0 marks an empty slot): a lookup touches one cache line, not two. Most
  // of the tagger's time goes to these lookups in a table of a few megabytes, far larger than the cache.
  const table = new Uint32Array(capacity * 2);
  const ordered = Uint32Array.from(keys);
  ordered.forEach((k, id) => {
    let i = k & mask;
    while (table[2 * i + 1] !== 0) {
      if (table[2 * i] === k) throw new Error("duplicate feature key");
      i = (i + 1) & mask;
    }
    table[2 * i] = k;
    table[2 * i + 1] = id + 1;
  });
  return {
    size: ordered.length,
    get(k) {
      let i = k & mask;
      for (;;) {
        const id = table[2 * i + 1]!;
        if (id === 0 || table[2 * i] === k) return id - 1;
        i = (i + 1) & mask;
      }
    },
    keys: () => ordered,
  };
}

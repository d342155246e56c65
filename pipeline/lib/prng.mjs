// Lede's one seeded PRNG. Training (NER, topics), cross-validation folds and the benchmarks' generated collections
// all draw from it, so the same seed gives the same model, folds and collection on every machine. Plain JavaScript
// so the benchmark scripts that run under bare `node` can import it too (types: prng.d.mts).

/** mulberry32: tiny, fast and good enough for shuffles, folds and sampling; not for anything cryptographic. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same stream with the helpers the benchmark's collection generator uses. */
export function createRandom(seed) {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    /** Picks by weight, so a few outlets publish most of the articles, as in a real feed. */
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
}

/** A seeded PRNG (mulberry32): a function returning floats in [0, 1). */
export function seededRandom(seed: number): () => number;

export interface Random {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** Picks by weight. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
}

export function createRandom(seed: number): Random;

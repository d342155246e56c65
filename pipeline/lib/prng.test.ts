import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom, seededRandom } from "./prng.mjs";

describe("seededRandom", () => {
  it("gives the same stream for the same seed and floats in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = seededRandom(seed);
        const b = seededRandom(seed);
        for (let i = 0; i < 20; i += 1) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it("gives different streams for different seeds", () => {
    const first = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(first(1)).not.toEqual(first(2));
  });

  it("is the stream createRandom's helpers draw from", () => {
    const random = createRandom(7);
    const plain = seededRandom(7);
    expect(random.next()).toBe(plain());
    expect(random.int(1, 6)).toBe(1 + Math.floor(plain() * 6));
  });
});

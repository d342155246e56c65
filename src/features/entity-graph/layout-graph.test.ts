import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityGraph } from "./build-graph";
import { layoutGraph, MIN_FILL, NARROW_FRAME, nodeRadius, WIDE_FRAME, type Frame } from "./layout-graph";

function graphOf(size: number, edges: [number, number, number][]): EntityGraph {
  return {
    total: size,
    nodes: Array.from({ length: size }, (_, i) => ({
      id: `person:p${i}`,
      name: `Person number ${i}`,
      type: "person" as const,
      articleCount: size - i,
    })),
    edges: edges
      .filter(([a, b]) => a < b && b < size)
      .map(([a, b, count]) => ({ source: `person:p${a}`, target: `person:p${b}`, count })),
  };
}

const graphArb = fc
  .integer({ min: 0, max: 40 })
  .chain((size) =>
    fc
      .array(fc.tuple(fc.nat(size), fc.nat(size), fc.integer({ min: 1, max: 5 })), { maxLength: 80 })
      .map((edges) => graphOf(size, edges)),
  );

function inside(layout: ReturnType<typeof layoutGraph>) {
  const { x, y, width, height } = layout.viewBox;
  return layout.nodes.every(
    (n) => n.x - n.r >= x && n.x + n.r <= x + width && n.y - n.r >= y && n.y + n.r <= y + height,
  );
}

describe("layoutGraph", () => {
  it("places every node and edge, inside a view box of the frame's shape, the same way every time", () => {
    fc.assert(
      fc.property(graphArb, fc.constantFrom<Frame>(WIDE_FRAME, NARROW_FRAME), (graph, frame) => {
        const layout = layoutGraph(graph, frame);
        expect(layout.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
        expect(layout.edges).toHaveLength(graph.edges.length);
        expect(layout.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
        expect(inside(layout)).toBe(true);
        expect(layout.viewBox.width / layout.viewBox.height).toBeCloseTo(frame.width / frame.height, 2);
        expect(layoutGraph(graph, frame)).toEqual(layout);
      }),
      { numRuns: 30 },
    );
  });

  it("draws each edge between its nodes' centres", () => {
    const layout = layoutGraph(graphOf(3, [[0, 1, 2]]), WIDE_FRAME);
    const [a, b] = layout.nodes;
    expect(layout.edges[0]).toMatchObject({ x1: a?.x, y1: a?.y, x2: b?.x, y2: b?.y, count: 2 });
  });

  it("keeps nodes apart", () => {
    const layout = layoutGraph(
      graphOf(40, [
        [0, 1, 3],
        [0, 2, 1],
        [1, 2, 1],
        [3, 4, 1],
      ]),
      WIDE_FRAME,
    );
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
      }
    }
  });

  it("does not blow a small graph up: the view box keeps most of the frame's size", () => {
    const layout = layoutGraph(graphOf(1, []), NARROW_FRAME);
    expect(layout.viewBox.width).toBeCloseTo(NARROW_FRAME.width * MIN_FILL, 0);
    expect(layout.viewBox.height).toBeCloseTo(NARROW_FRAME.height * MIN_FILL, 0);
    expect(layoutGraph(graphOf(0, []), WIDE_FRAME).nodes).toEqual([]);
  });
});

describe("nodeRadius", () => {
  it("grows with the article count", () => {
    expect(nodeRadius(1, 10)).toBeLessThan(nodeRadius(5, 10));
    expect(nodeRadius(5, 10)).toBeLessThan(nodeRadius(10, 10));
    expect(nodeRadius(1, 1)).toBeGreaterThan(0);
  });
});

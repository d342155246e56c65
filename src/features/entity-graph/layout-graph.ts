import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { EntityGraph, GraphEdge, GraphNode } from "./build-graph";

/** The space a layout is made for, in SVG units: its aspect ratio and the size at which nothing is scaled. */
export interface Frame {
  width: number;
  height: number;
  /** How many of the most featured nodes are always labelled; the layout leaves room for their labels. */
  labelled: number;
}

export const WIDE_FRAME: Frame = { width: 960, height: 600, labelled: 40 };
/** A phone: fewer standing labels, so those shown can stay legible. */
export const NARROW_FRAME: Frame = { width: 360, height: 560, labelled: 12 };

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  /** Radius in SVG units, from the article count. */
  r: number;
}

export interface PlacedEdge extends GraphEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  viewBox: { x: number; y: number; width: number; height: number };
}

export const LABEL_SIZE = 11;
const MIN_RADIUS = 8;
const MAX_RADIUS = 24;
// Enough for forty nodes to settle (alpha falls to d3's alphaMin of 0.001 in TICKS steps), and cheap enough to run
// twice (phone and desktop frames) while hydrating.
const TICKS = 150;
const MAX_STRETCH = 1.6;
const CHARGE_REACH = 240;
/** A view box is at least this share of its frame: a graph of three nodes should not fill a desktop screen. */
export const MIN_FILL = 0.75;
const ALPHA_DECAY = 0.045; // 1 - 0.001 ** (1 / TICKS)

/** Area grows with the article count, from MIN_RADIUS for the least featured to MAX_RADIUS for the most. */
export function nodeRadius(articleCount: number, maxCount: number): number {
  if (maxCount <= 1) return MIN_RADIUS + 2;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((articleCount - 1) / (maxCount - 1));
}

/** A rough label width: enough to keep labels inside the view box, which only needs to be generous. */
export const labelWidth = (name: string) => name.length * LABEL_SIZE * 0.6;

/** Integer points on a square spiral from the origin: a fixed start without Math.random or trigonometry. */
function spiral(count: number): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let dx = 1;
  let dy = 0;
  for (let leg = 1; points.length < count; leg++) {
    for (let turn = 0; turn < 2; turn++) {
      for (let step = 0; step < Math.ceil(leg / 2) && points.length < count; step++) {
        points.push([x, y]);
        x += dx;
        y += dy;
      }
      [dx, dy] = [-dy, dx];
    }
  }
  return points;
}

type SimNode = SimulationNodeDatum & { node: GraphNode; r: number; room: number };

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays the graph out with d3-force, run synchronously to rest. The start is fixed (most featured in the middle,
 * the rest on a spiral) and the rest of the arithmetic is plain, so the prerendered layout and the browser's agree
 * and the page hydrates without a mismatch. Coordinates are rounded for the same reason.
 */
export function layoutGraph(graph: EntityGraph, frame: Frame): GraphLayout {
  const maxCount = Math.max(1, ...graph.nodes.map((n) => n.articleCount));
  const spacing = 48;
  const stretch = Math.sqrt(frame.width / frame.height);
  const start = spiral(graph.nodes.length);
  const simNodes: SimNode[] = graph.nodes.map((node, i) => {
    const [x, y] = start[i] ?? [0, 0];
    const r = nodeRadius(node.articleCount, maxCount);
    // Room for the label below, and for a standing label's width: labels are wider than nodes.
    const room = i < frame.labelled ? Math.max(r + LABEL_SIZE, labelWidth(node.name) / 2) : r + LABEL_SIZE / 2;
    return { node, r, room, x: x * spacing * stretch, y: (y * spacing) / stretch };
  });
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  // Repulsion grows with the frame, so a larger frame is filled rather than left empty around a tight ball; its
  // reach is limited, so that separate clusters (articles sharing no key entity) do not drift apart.
  const charge = -0.4 * Math.sqrt(frame.width * frame.height);
  // Pull harder along the short side, so the picture takes the frame's shape.
  const pull = 0.1;
  const simulation = forceSimulation(simNodes)
    .force(
      "link",
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((n) => n.node.id)
        .distance(60),
    )
    .force("charge", forceManyBody<SimNode>().strength(charge).distanceMax(CHARGE_REACH).theta(1.2))
    .force(
      "collide",
      forceCollide<SimNode>((n) => n.room),
    )
    .force("x", forceX<SimNode>(0).strength(pull * Math.min(1, frame.height / frame.width)))
    .force("y", forceY<SimNode>(0).strength(pull * Math.min(1, frame.width / frame.height)))
    // d3 derives the decay with Math.pow, whose last bit may differ between engines; a constant cannot.
    .alphaDecay(ALPHA_DECAY)
    .stop();
  simulation.tick(TICKS);

  // A dense graph settles into a ball: stretch it (never squeeze, which could make nodes overlap) towards the
  // frame's shape, so it fills a wide screen or a tall one.
  const xs = simNodes.map((n) => n.x ?? 0);
  const ys = simNodes.map((n) => n.y ?? 0);
  const spanX = Math.max(1, Math.max(0, ...xs) - Math.min(0, ...xs));
  const spanY = Math.max(1, Math.max(0, ...ys) - Math.min(0, ...ys));
  const aspect = frame.width / frame.height;
  const sx = Math.min(MAX_STRETCH, Math.max(1, (aspect * spanY) / spanX));
  const sy = Math.min(MAX_STRETCH, Math.max(1, spanX / (aspect * spanY)));
  const nodes: PlacedNode[] = simNodes.map(({ node, r, x = 0, y = 0 }) => ({
    ...node,
    x: round(x * sx),
    y: round(y * sy),
    r: round(r),
  }));
  const placed = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = graph.edges.flatMap((edge) => {
    const a = placed.get(edge.source);
    const b = placed.get(edge.target);
    return a && b ? [{ ...edge, x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
  });
  return { nodes, edges, viewBox: fitViewBox(nodes, frame) };
}

/**
 * The smallest box of the frame's aspect ratio, and at least MIN_FILL of the frame (so a small graph is not blown up),
 * that holds every node and its label, centred on them.
 */
function fitViewBox(nodes: readonly PlacedNode[], frame: Frame): GraphLayout["viewBox"] {
  const margin = 8;
  let left = 0;
  let right = 0;
  let top = 0;
  let bottom = 0;
  for (const n of nodes) {
    const half = Math.max(n.r, labelWidth(n.name) / 2);
    left = Math.min(left, n.x - half);
    right = Math.max(right, n.x + half);
    top = Math.min(top, n.y - n.r);
    bottom = Math.max(bottom, n.y + n.r + LABEL_SIZE * 1.6);
  }
  const aspect = frame.width / frame.height;
  const width = Math.max(frame.width * MIN_FILL, right - left + 2 * margin, (bottom - top + 2 * margin) * aspect);
  const height = width / aspect;
  return {
    x: round((left + right) / 2 - width / 2),
    y: round((top + bottom) / 2 - height / 2),
    width: round(width),
    height: round(height),
  };
}

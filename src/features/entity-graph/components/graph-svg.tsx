import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { Link, useNavigate } from "react-router";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { formatCount } from "../../../lib/format";
import { paths } from "../../../lib/paths";
import type { Connection, EntityGraph } from "../build-graph";
import { LABEL_SIZE, layoutGraph, type Frame, type PlacedNode } from "../layout-graph";
import { TypeShape } from "./type-shape";

interface GraphSvgProps {
  graph: EntityGraph;
  connections: ReadonlyMap<string, Connection[]>;
  frame: Frame;
  /** The id of the element naming the graph. */
  labelledBy: string;
}

/** From 1 (one shared article) to 7 units (the most shared in the graph). */
const edgeWidth = (count: number, max: number) => (max <= 1 ? 1.5 : 1 + (6 * (count - 1)) / (max - 1));

/** The graph drawn as SVG: every node a link to its entity page. */
export function GraphSvg({ graph, connections, frame, labelledBy }: GraphSvgProps) {
  const layout = useMemo(() => layoutGraph(graph, frame), [graph, frame]);
  const navigate = useNavigate();
  // Transient pointer/focus emphasis, not view state: it has no place in the URL.
  const [active, setActive] = useState<string | null>(null);
  const near = new Set(active ? [active, ...(connections.get(active) ?? []).map((c) => c.node.id)] : []);
  const descriptionId = useId();
  const { x, y, width, height } = layout.viewBox;
  const maxShared = Math.max(1, ...graph.edges.map((e) => e.count));

  const onKeyDown = (event: KeyboardEvent, node: PlacedNode) => {
    // SVG links differ across browsers on the keyboard; Enter and Space both open the page, as for a button.
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    void navigate(paths.entity(node.id));
  };

  return (
    <svg
      viewBox={`${x} ${y} ${width} ${height}`}
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={descriptionId}
      className="h-auto w-full touch-manipulation select-none"
    >
      <desc id={descriptionId}>
        Each shape is a link to the entity’s page. The table below lists the same entities.
      </desc>
      <g aria-hidden="true" strokeLinecap="round" strokeOpacity={0.7}>
        {layout.edges.map((edge) => {
          const lit = active !== null && (edge.source === active || edge.target === active);
          return (
            <line
              key={`${edge.source} ${edge.target}`}
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              strokeWidth={edgeWidth(edge.count, maxShared)}
              className={
                lit
                  ? "stroke-red-700 dark:stroke-red-400"
                  : active
                    ? "stroke-stone-200 dark:stroke-stone-800"
                    : "stroke-stone-300 dark:stroke-stone-600"
              }
            />
          );
        })}
      </g>
      {layout.nodes.map((node, rank) => {
        // Beyond the frame's standing labels, names show on hover and focus.
        const showLabel = rank < frame.labelled || near.has(node.id);
        const links = connections.get(node.id)?.length ?? 0;
        return (
          <Link
            key={node.id}
            to={paths.entity(node.id)}
            aria-label={`${node.name}: ${ENTITY_TYPE_LABELS[node.type].one.toLowerCase()}, ${formatCount(node.articleCount, "article")}, ${formatCount(links, "connection")}`}
            onKeyDown={(event) => onKeyDown(event, node)}
            onMouseEnter={() => setActive(node.id)}
            onMouseLeave={() => setActive(null)}
            onFocus={() => setActive(node.id)}
            onBlur={() => setActive(null)}
            className="group cursor-pointer outline-none"
          >
            <g transform={`translate(${node.x} ${node.y})`} opacity={active && !near.has(node.id) ? 0.45 : 1}>
              <title>{`${node.name} (${ENTITY_TYPE_LABELS[node.type].one}), ${formatCount(node.articleCount, "article")}`}</title>
              {/* A larger, invisible target, so small nodes are easy to tap. */}
              <circle r={Math.max(node.r, 16)} className="fill-transparent" />
              <TypeShape
                type={node.type}
                r={node.r}
                className="stroke-[1.5] group-hover:stroke-[3] group-focus-visible:stroke-[3]"
              />
              <circle
                r={node.r + 6}
                className="hidden fill-none stroke-red-700 stroke-2 group-focus-visible:inline dark:stroke-red-400"
              />
              <text
                y={node.r + LABEL_SIZE + 2}
                textAnchor="middle"
                fontSize={LABEL_SIZE}
                className={`fill-stone-800 stroke-white stroke-[3px] font-medium [paint-order:stroke] dark:fill-stone-100 dark:stroke-stone-900 ${showLabel ? "" : "opacity-0"}`}
              >
                {node.name}
              </text>
            </g>
          </Link>
        );
      })}
    </svg>
  );
}

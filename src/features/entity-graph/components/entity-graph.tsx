import { useId, useMemo } from "react";
import { Link } from "react-router";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { formatCount, formatNumber } from "../../../lib/format";
import { connectionsOf, type GraphView } from "../build-graph";
import { NARROW_FRAME, WIDE_FRAME } from "../layout-graph";
import { GRAPH_ENTITY_TYPES, graphHref, type GraphSearch } from "../search-params";
import { GraphSvg } from "./graph-svg";
import { GraphTable } from "./graph-table";
import { TypeFilter } from "./type-filter";
import { TypeIcon } from "./type-shape";

interface EntityGraphProps {
  /** The graph of the articles the list's filter leaves (see graphView and useGraphView). */
  view: GraphView;
  search: GraphSearch;
  /** The list's filter, serialised: kept in every link that changes the types. */
  listQuery: string;
}

/** The co-occurrence graph of the articles' key entities, its type filter and its text alternative. */
export function EntityGraph({ view, search, listQuery }: EntityGraphProps) {
  const { graph, typeCounts, articleCount } = view;
  const connections = useMemo(() => connectionsOf(graph), [graph]);
  const captionId = useId();
  const types = GRAPH_ENTITY_TYPES.filter((type) => graph.nodes.some((n) => n.type === type));

  return (
    <div className="space-y-6">
      <TypeFilter counts={typeCounts} search={search} listQuery={listQuery} />
      {graph.nodes.length === 0 ? (
        <p className="py-10 text-center text-stone-700 dark:text-stone-300">
          No entities match these filters.{" "}
          <Link to={graphHref("", { types: [] })} className="font-medium text-red-800 underline dark:text-red-300">
            Show every entity
          </Link>
        </p>
      ) : (
        <>
          <figure aria-labelledby={captionId} className="space-y-3">
            <figcaption id={captionId} className="text-sm text-stone-600 dark:text-stone-400">
              {graph.nodes.length < graph.total
                ? `The ${formatNumber(graph.nodes.length)} entities featured most, of ${formatNumber(graph.total)}`
                : formatCount(graph.nodes.length, "entity", "entities")}{" "}
              in {formatCount(articleCount, "article")}, linked when they are key entities of the same article. Larger
              shapes feature in more articles, thicker lines share more.
            </figcaption>
            <ul
              aria-label="Shapes"
              className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600 dark:text-stone-400"
            >
              {types.map((type) => (
                <li key={type} className="inline-flex items-center gap-1.5">
                  <TypeIcon type={type} />
                  {ENTITY_TYPE_LABELS[type].many}
                </li>
              ))}
            </ul>
            <div className="rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
              {/* Two layouts, one per shape of screen, so names stay legible on a phone; CSS shows one. */}
              <div className="sm:hidden">
                <GraphSvg graph={graph} connections={connections} frame={NARROW_FRAME} labelledBy={captionId} />
              </div>
              <div className="hidden sm:block">
                <GraphSvg graph={graph} connections={connections} frame={WIDE_FRAME} labelledBy={captionId} />
              </div>
            </div>
          </figure>
          <GraphTable graph={graph} connections={connections} />
        </>
      )}
    </div>
  );
}

import { Link } from "react-router";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { formatCount, formatNumber } from "../../../lib/format";
import { paths } from "../../../lib/paths";
import type { Connection, EntityGraph } from "../build-graph";
import { TypeIcon } from "./type-shape";

const STRONGEST = 3;

/** The graph's text alternative: the same entities, their types, article counts and strongest connections. */
export function GraphTable({
  graph,
  connections,
}: {
  graph: EntityGraph;
  connections: ReadonlyMap<string, Connection[]>;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left font-serif text-lg font-semibold text-stone-900 dark:text-stone-100">
        The graph as a table
        <span className="block font-sans text-sm font-normal text-stone-600 dark:text-stone-400">
          {formatCount(graph.nodes.length, "entity", "entities")}, most featured first. Strongest connections are the
          entities each shares the most articles with (how many in brackets).
        </span>
      </caption>
      <thead>
        <tr className="border-b border-stone-300 text-stone-600 dark:border-stone-700 dark:text-stone-400">
          <th scope="col" className="py-2 pr-3 font-medium">
            Entity
          </th>
          {/* On a phone the type moves under the name, so the table fits without sideways scrolling. */}
          <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">
            Type
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            Articles
          </th>
          <th scope="col" className="py-2 font-medium">
            Strongest connections
          </th>
        </tr>
      </thead>
      <tbody>
        {graph.nodes.map((node) => {
          const strongest = (connections.get(node.id) ?? []).slice(0, STRONGEST);
          return (
            <tr key={node.id} className="border-b border-stone-200 align-top dark:border-stone-800">
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link
                  to={paths.entity(node.id)}
                  className="text-stone-900 underline decoration-stone-400 underline-offset-2 hover:decoration-red-700 dark:text-stone-100 dark:hover:decoration-red-300"
                >
                  {node.name}
                </Link>
                <span className="mt-0.5 flex items-center gap-1.5 font-normal text-stone-600 sm:hidden dark:text-stone-400">
                  <TypeIcon type={node.type} />
                  {ENTITY_TYPE_LABELS[node.type].one}
                </span>
              </th>
              <td className="hidden py-2 pr-3 text-stone-700 sm:table-cell dark:text-stone-300">
                <span className="inline-flex items-center gap-1.5">
                  <TypeIcon type={node.type} />
                  {ENTITY_TYPE_LABELS[node.type].one}
                </span>
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(node.articleCount)}</td>
              <td className="py-2 text-stone-700 dark:text-stone-300">
                {strongest.length === 0
                  ? "None among these entities"
                  : strongest.map((c) => `${c.node.name} (${formatNumber(c.count)})`).join(", ")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

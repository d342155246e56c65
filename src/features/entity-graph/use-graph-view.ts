import { useMemoByKey } from "../../lib/use-memo-by-key";
import { graphView, type GraphArticle, type GraphView } from "./build-graph";
import type { GraphSearch } from "./search-params";

/**
 * The view of the articles, kept while its content is the same: callers derive `articles` and `search` afresh on
 * every render, and the layout (d3-force, twice) should only rerun when the picture changes.
 */
export function useGraphView(articles: readonly GraphArticle[], search: GraphSearch): GraphView {
  const key = JSON.stringify([articles.map((a) => a.slug), search.types]);
  return useMemoByKey(() => graphView(articles, search), key);
}

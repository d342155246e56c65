import type { EntityRef } from "../../schema/entity";
import type { Catalog } from "../../schema/list";
import type { GraphArticle } from "./build-graph";

/** The catalog's rows at `ids` as the graph reads them: each with its key entities, the first `key` it lists. */
export function graphArticles(catalog: Catalog, ids: Iterable<number>): GraphArticle[] {
  const out: GraphArticle[] = [];
  for (const id of ids) {
    const row = catalog.articles[id];
    if (!row) continue;
    const entities = row.entities.slice(0, row.key).flatMap((i): EntityRef[] => {
      const entity = catalog.entities[i];
      return entity ? [entity] : [];
    });
    out.push({ slug: row.slug, entities });
  }
  return out;
}

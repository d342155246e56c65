import { z } from "zod/mini";
import { paths } from "../../lib/paths";
import type { EntityType } from "../../schema/entity";

/** The types an entity graph can show: the index's key entities never include dates. */
export const GRAPH_ENTITY_TYPES = ["person", "organization", "place", "group"] as const satisfies readonly EntityType[];
export const graphEntityTypeSchema = z.enum(GRAPH_ENTITY_TYPES);
export type GraphEntityType = z.infer<typeof graphEntityTypeSchema>;

/** The graph's own shareable state; the list's filters (`topic`, `entity`) travel beside it in the same URL. */
export const graphSearchSchema = z.object({
  /** Entity types to show; empty = every type. Canonical order, no duplicates. */
  types: z.array(graphEntityTypeSchema),
});
export type GraphSearch = z.infer<typeof graphSearchSchema>;

export const DEFAULT_GRAPH_SEARCH: GraphSearch = { types: [] };

const isGraphEntityType = (value: string): value is GraphEntityType => graphEntityTypeSchema.safeParse(value).success;

/** Never throws: unknown types and other parameters are dropped. */
export function parseGraphSearch(params: URLSearchParams): GraphSearch {
  const wanted = new Set(params.getAll("type").filter(isGraphEntityType));
  return { types: GRAPH_ENTITY_TYPES.filter((type) => wanted.has(type)) };
}

/** Canonical query string (no `?`): `type=…` in the order of GRAPH_ENTITY_TYPES; empty when every type is shown. */
export function serializeGraphSearch(state: GraphSearch): string {
  const params = new URLSearchParams();
  for (const type of GRAPH_ENTITY_TYPES) if (state.types.includes(type)) params.append("type", type);
  return params.toString();
}

/**
 * The href of the graph page: `listQuery` is the list's already-serialised filter (kept as given, first), then the
 * graph's own state, so one view has one URL.
 */
export function graphHref(listQuery: string, state: GraphSearch): string {
  return paths.entities([listQuery, serializeGraphSearch(state)].filter((part) => part !== "").join("&"));
}

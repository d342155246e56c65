import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../../../lib/fetch-json";
import { paths } from "../../../lib/paths";
import { DATA_FILES } from "../../../schema/data-files";

// Loaded with the first file fetched, not with the page (fetchJson's SchemaLoader).
const entityTableSchema = () => import("../../../schema/entity").then((m) => m.entityTableSchema);
const entityDetailSchema = () => import("../../../schema/entity-detail").then((m) => m.entityDetailSchema);

export const entityKeys = {
  all: ["entities"] as const,
  table: () => [...entityKeys.all, "table"] as const,
  detail: (id: string) => [...entityKeys.all, "detail", id] as const,
};

/** Every entity of the collection with its counts and knowledge-base description. */
export const entityTableQuery = () =>
  queryOptions({
    queryKey: entityKeys.table(),
    queryFn: () => fetchJson(paths.data(DATA_FILES.entities), entityTableSchema),
  });

/** One entity: the articles that mention it, its co-mentions and its timeline. */
export const entityDetailQuery = (id: string) =>
  queryOptions({
    queryKey: entityKeys.detail(id),
    queryFn: () => fetchJson(paths.data(DATA_FILES.entity(id)), entityDetailSchema),
  });

/** For URL filters: an entity id that names nothing (an old or mistyped link) resolves to null, not an error. */
export const optionalEntityDetailQuery = (id: string) =>
  queryOptions({
    queryKey: [...entityKeys.detail(id), "optional"] as const,
    queryFn: () =>
      fetchJson(paths.data(DATA_FILES.entity(id)), entityDetailSchema).catch((error: unknown) => {
        if (error instanceof Response && error.status === 404) return null;
        throw error;
      }),
  });

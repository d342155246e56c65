import { useSuspenseQueries } from "@tanstack/react-query";
import { Suspense, type ReactNode } from "react";
import type { MentioningArticles } from "../../features/article-list/search/select-results";
import { parseListSearch, type ListSearch } from "../../features/article-list/search-params";
import { optionalEntityDetailQuery } from "../../features/entities/api/entity-queries";
import { getQueryClient } from "../../lib/query-client";
import type { BundleEntity } from "../../schema/entity";
import { useMemoByKey } from "../../lib/use-memo-by-key";

/*
 * The list's entity filter (`?entity=…`, used by `/` and `/entities`) needs every article that mentions each
 * entity, not only those where it is a key entity, so it reads each entity's detail file. This module joins the
 * articles feature's filter to the entities feature's data; features never import each other.
 */

/** The detail of every entity the URL filters by (its articles), so the filtered list does not suspend. */
export async function ensureEntityFilter(request: Request): Promise<void> {
  const search = parseListSearch(new URL(request.url).searchParams);
  await Promise.all(search.entities.map((id) => getQueryClient().ensureQueryData(optionalEntityDetailQuery(id))));
}

export interface EntityFilter {
  /** The search without entity ids that name nothing (an old or mistyped link). */
  search: ListSearch;
  mentioning: MentioningArticles;
  entities: BundleEntity[];
}

/** Suspends until the filtered entities' details are loaded; see EntityFilterBoundary. */
export function useEntityFilter(search: ListSearch): EntityFilter {
  const details = useSuspenseQueries({ queries: search.entities.map((id) => optionalEntityDetailQuery(id)) });
  const known = details.flatMap(({ data }) => (data ? [data] : []));
  const knownKey = known.map((d) => d.entity.id).join(" ");
  // Stable while the same entities are filtered: the list's results are memoised on it.
  // Keyed by content (the entity ids): `known` is a new array every render.
  const mentioning = useMemoByKey(
    () => new Map(known.map((d) => [d.entity.id, new Set(d.articles.map((a) => a.slug))])),
    knownKey,
  );
  return {
    search: { ...search, entities: search.entities.filter((id) => known.some((d) => d.entity.id === id)) },
    mentioning,
    entities: known.map((d) => d.entity),
  };
}

/**
 * A cold link with an entity filter loads the entities' details after hydration; until then this says so.
 * Without an entity filter there is no boundary at all: React's streaming renderer may send any large Suspense
 * boundary as a hidden chunk behind its fallback, and a prerendered page read without JavaScript would then show
 * only the fallback.
 */
export function EntityFilterBoundary({ search, children }: { search: ListSearch; children: ReactNode }) {
  if (search.entities.length === 0) return children;
  return (
    <Suspense
      fallback={
        <p role="status" className="py-10 text-center text-stone-600 dark:text-stone-400">
          Loading the filtered articles…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

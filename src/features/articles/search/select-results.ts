import type { EntityRef } from "../../../schema/entity";
import type { Catalog, CatalogRow, FacetCounts } from "../../../schema/list";
import { TOPIC_IDS, TOPIC_LABELS, type TopicId } from "../../../schema/topics";
import type { ListSearch, Sort } from "../search-params";
import type { ParsedQuery } from "./parse-query";
import type { SearchHits } from "./search-engine";

/** For each entity in the URL's filter, the slugs of the articles that mention it (its detail file). */
export type MentioningArticles = ReadonlyMap<string, ReadonlySet<string>>;

export interface Selection {
  /** Catalog positions of the matching articles, in display order. */
  ids: number[];
  sort: Sort;
  facets: FacetCounts;
  problems: string[];
}

export interface SelectInput {
  catalog: Catalog;
  search: ListSearch;
  parsed: ParsedQuery;
  /** Full-text matches; null when the query has no text to match. */
  hits: SearchHits | null;
  mentioning?: MentioningArticles;
}

const FACET_ENTITIES = 12;
const FACET_SOURCES = 10;

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** `topic:` values: an id (`sport`), a label (`"Economy, business & finance"`) or the start of either. */
export function resolveTopics(values: readonly string[]): TopicId[] {
  return TOPIC_IDS.filter((id) =>
    values.some((v) => {
      const want = fold(v);
      return want !== "" && (fold(id).startsWith(want) || fold(TOPIC_LABELS[id]).startsWith(want));
    }),
  );
}

/** `entity:` values: an id (`person:vladimir-putin`), a name, or every word of a name (`putin`). */
export function resolveEntities(values: readonly string[], entities: readonly EntityRef[]): Set<number> {
  const found = new Set<number>();
  for (const value of values) {
    const want = fold(value).split(" ").filter(Boolean);
    entities.forEach((e, i) => {
      if (e.id === value) found.add(i);
      else if (want.length > 0) {
        const name = ` ${fold(e.name)} `;
        if (want.every((w) => name.includes(` ${w} `))) found.add(i);
      }
    });
  }
  return found;
}

/** `source:` values and the source facet: a source's name, case and punctuation aside. */
export function resolveSources(values: readonly string[], sources: readonly string[]): Set<number> {
  const wanted = new Set(values.map(fold));
  return new Set(sources.flatMap((name, i) => (wanted.has(fold(name)) ? [i] : [])));
}

const inRange = (date: string | null, from: string | null, until: string | null) =>
  (from === null && until === null) ||
  (date !== null && (from === null || date.slice(0, 10) >= from) && (until === null || date.slice(0, 10) < until));

const nextDay = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);

/**
 * The articles the list shows for a URL state, in order, and facet counts that follow it. Topics and sources are
 * OR'd within themselves, everything else AND'd. Each facet's counts leave out that facet's own choice, so they
 * say how many articles choosing one more value would add.
 */
export function selectResults({ catalog, search, parsed, hits, mentioning = new Map() }: SelectInput): Selection {
  const problems = [...parsed.problems];
  const queryTopics = resolveTopics(parsed.topics);
  if (parsed.topics.length > 0 && queryTopics.length === 0)
    problems.push(`No topic matches “${parsed.topics.join(", ")}”`);
  const queryEntities = resolveEntities(parsed.entities, catalog.entities);
  if (parsed.entities.length > 0 && queryEntities.size === 0)
    problems.push(`No entity matches “${parsed.entities.join(", ")}”`);
  const querySources = resolveSources(parsed.sources, catalog.sources);
  if (parsed.sources.length > 0 && querySources.size === 0)
    problems.push(`No source matches “${parsed.sources.join(", ")}”`);
  const urlSources = resolveSources(search.sources, catalog.sources);
  const score = hits ? new Map(hits.ids.map((id, i) => [id, hits.scores[i] ?? 0])) : null;
  const until = search.to ? nextDay(search.to) : null;
  // The catalog knows every article of each entity it lists; entity detail files list only the newest.
  const catalogEntity = entityPositions(catalog);
  const mentions = (row: CatalogRow, id: string) => {
    const at = catalogEntity.get(id);
    return at !== undefined ? row.entities.includes(at) : (mentioning.get(id)?.has(row.slug) ?? false);
  };

  const matchesTopics = (row: CatalogRow) =>
    search.topics.length === 0 || row.topics.some((t) => search.topics.includes(t));
  const matchesSources = (row: CatalogRow) =>
    search.sources.length === 0 || (row.source !== null && urlSources.has(row.source));
  const matchesDates = (row: CatalogRow) => inRange(row.date, search.from, until);
  const matchesRest = (row: CatalogRow, id: number) =>
    (score === null || score.has(id)) &&
    (parsed.topics.length === 0 || row.topics.some((t) => queryTopics.includes(t))) &&
    (parsed.entities.length === 0 || row.entities.some((e) => queryEntities.has(e))) &&
    (parsed.sources.length === 0 || (row.source !== null && querySources.has(row.source))) &&
    inRange(row.date, parsed.after, parsed.before) &&
    search.entities.every((id) => mentions(row, id));

  const topicCounts = new Map<TopicId, number>(search.topics.map((t) => [t, 0]));
  const sourceCounts = new Map<number, number>();
  const entityCounts = new Map<number, number>();
  const yearCounts = new Map<number, number>();
  const ids: number[] = [];
  catalog.articles.forEach((row, id) => {
    if (!matchesRest(row, id)) return;
    const t = matchesTopics(row);
    const s = matchesSources(row);
    const d = matchesDates(row);
    if (s && d) for (const topic of row.topics) topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + 1);
    if (t && d && row.source !== null) sourceCounts.set(row.source, (sourceCounts.get(row.source) ?? 0) + 1);
    if (t && s && row.date) {
      const year = Number(row.date.slice(0, 4));
      yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    }
    if (t && s && d) {
      ids.push(id);
      for (const e of row.entities) entityCounts.set(e, (entityCounts.get(e) ?? 0) + 1);
    }
  });

  const sort: Sort =
    search.sort === "relevance" && score === null ? "newest" : (search.sort ?? (score ? "relevance" : "newest"));
  sortIds(ids, sort, catalog, score);
  const top = <K>(counts: Map<K, number>, limit: number) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit);

  const entityRows = top(entityCounts, FACET_ENTITIES).flatMap(([i, count]) => {
    const entity = catalog.entities[i];
    return entity ? [{ entity, count }] : [];
  });
  const sourceRows = top(sourceCounts, FACET_SOURCES).map(([i, count]) => ({ name: catalog.sources[i] ?? "", count }));
  // A chosen source stays listed, so a shared link's choice can be undone.
  for (const name of search.sources) if (!sourceRows.some((r) => r.name === name)) sourceRows.push({ name, count: 0 });
  return {
    ids,
    sort,
    problems,
    facets: {
      topics: TOPIC_IDS.filter((id) => topicCounts.has(id)).map((id) => ({ id, count: topicCounts.get(id) ?? 0 })),
      sources: sourceRows,
      entities: entityRows,
      years: [...yearCounts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
    },
  };
}

function sortIds(ids: number[], sort: Sort, catalog: Catalog, score: ReadonlyMap<number, number> | null) {
  // The catalog is newest first, undated last: "newest" is its order.
  if (sort === "relevance" && score) ids.sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || a - b);
  else if (sort === "oldest") {
    const dated = (id: number) => catalog.articles[id]?.date !== null;
    ids.sort((a, b) => Number(dated(b)) - Number(dated(a)) || b - a);
  }
}

const positions = new WeakMap<Catalog, Map<string, number>>();

/** Each catalog entity's position by id, computed once per catalog. */
function entityPositions(catalog: Catalog): Map<string, number> {
  let found = positions.get(catalog);
  if (!found) {
    found = new Map(catalog.entities.map((e, i) => [e.id, i]));
    positions.set(catalog, found);
  }
  return found;
}

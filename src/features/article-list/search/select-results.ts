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

/**
 * The catalog as columns, computed once per catalog: the list filters and counts all 10,000 rows on every
 * keystroke, so what each row is tested on is a number or a short string, not an array search or a date slice.
 */
interface Columns {
  /** Bit i set when the row has topic TOPIC_IDS[i]. */
  topics: Uint32Array;
  /** Each row's topics as TOPIC_IDS positions. */
  topicLists: Uint8Array[];
  /** The day (YYYY-MM-DD), or null when undated. */
  days: (string | null)[];
  years: Int32Array;
  /** Source index, or -1. */
  sources: Int32Array;
  /** Each catalog entity's position, by id. */
  entityAt: Map<string, number>;
}

const TOPIC_BIT = new Map(TOPIC_IDS.map((id, i) => [id, i]));
const topicMask = (topics: readonly TopicId[]) => topics.reduce((mask, t) => mask | (1 << (TOPIC_BIT.get(t) ?? 0)), 0);

const columnCache = new WeakMap<Catalog, Columns>();

function columnsOf(catalog: Catalog): Columns {
  let found = columnCache.get(catalog);
  if (found) return found;
  const n = catalog.articles.length;
  found = {
    topics: new Uint32Array(n),
    topicLists: [],
    days: [],
    years: new Int32Array(n),
    sources: new Int32Array(n),
    entityAt: new Map(catalog.entities.map((e, i) => [e.id, i])),
  };
  for (let i = 0; i < n; i++) {
    const row = catalog.articles[i] as CatalogRow;
    found.topics[i] = topicMask(row.topics);
    found.topicLists.push(Uint8Array.from(row.topics, (t) => TOPIC_BIT.get(t) ?? 0));
    found.days.push(row.date === null ? null : row.date.slice(0, 10));
    found.years[i] = row.date === null ? 0 : Number(row.date.slice(0, 4));
    found.sources[i] = row.source ?? -1;
  }
  columnCache.set(catalog, found);
  return found;
}

const inRange = (day: string | null, from: string | null, until: string | null) =>
  (from === null && until === null) ||
  (day !== null && (from === null || day >= from) && (until === null || day < until));

const nextDay = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);

/** The `limit` largest counts (ties: the lower index first), as [index, count]. */
function topCounts(counts: Int32Array, limit: number): [number, number][] {
  const top: [number, number][] = [];
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (count === 0 || (top.length === limit && count <= (top[limit - 1] as [number, number])[1])) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as [number, number])[1] < count) at--;
    top.splice(at, 0, [i, count]);
    if (top.length > limit) top.pop();
  }
  return top;
}

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
  const n = catalog.articles.length;
  const columns = columnsOf(catalog);

  // Full-text matches by catalog position: NaN where the article did not match.
  let score: Float64Array | null = null;
  if (hits) {
    score = new Float64Array(n).fill(Number.NaN);
    hits.ids.forEach((id, i) => {
      if (id >= 0 && id < n) (score as Float64Array)[id] = hits.scores[i] ?? 0;
    });
  }
  const until = search.to ? nextDay(search.to) : null;
  // The catalog knows every article of each entity it lists; entity detail files list only the newest.
  const urlEntities = search.entities.map((id) => ({ at: columns.entityAt.get(id), slugs: mentioning.get(id) }));
  const mentionsAll = (row: CatalogRow) =>
    urlEntities.every(({ at, slugs }) =>
      at !== undefined ? row.entities.includes(at) : (slugs?.has(row.slug) ?? false),
    );

  const urlTopicMask = topicMask(search.topics);
  const queryTopicMask = topicMask(queryTopics);
  const anyQueryEntity = (row: CatalogRow) => row.entities.some((e) => queryEntities.has(e));
  const hasDateRange = search.from !== null || until !== null;
  const hasQueryRange = parsed.after !== null || parsed.before !== null;

  const topicCounts = new Int32Array(TOPIC_IDS.length);
  const topicSeen = new Uint8Array(TOPIC_IDS.length);
  for (const t of search.topics) topicSeen[TOPIC_BIT.get(t) ?? 0] = 1;
  const sourceCounts = new Int32Array(catalog.sources.length);
  const entityCounts = new Int32Array(catalog.entities.length);
  const yearCounts = new Map<number, number>();
  const ids: number[] = [];
  for (let id = 0; id < n; id++) {
    if (score !== null && Number.isNaN(score[id])) continue;
    const mask = columns.topics[id] as number;
    if (parsed.topics.length > 0 && (mask & queryTopicMask) === 0) continue;
    const source = columns.sources[id] as number;
    if (parsed.sources.length > 0 && (source < 0 || !querySources.has(source))) continue;
    const day = columns.days[id] as string | null;
    if (hasQueryRange && !inRange(day, parsed.after, parsed.before)) continue;
    const row = catalog.articles[id] as CatalogRow;
    if (parsed.entities.length > 0 && !anyQueryEntity(row)) continue;
    if (urlEntities.length > 0 && !mentionsAll(row)) continue;

    const t = urlTopicMask === 0 || (mask & urlTopicMask) !== 0;
    const s = search.sources.length === 0 || (source >= 0 && urlSources.has(source));
    const d = !hasDateRange || inRange(day, search.from, until);
    if (s && d) {
      for (const topic of columns.topicLists[id] as Uint8Array) {
        topicCounts[topic] = (topicCounts[topic] as number) + 1;
        topicSeen[topic] = 1;
      }
    }
    if (t && d && source >= 0) sourceCounts[source] = (sourceCounts[source] as number) + 1;
    if (t && s && day !== null) {
      const year = columns.years[id] as number;
      yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    }
    if (t && s && d) {
      ids.push(id);
      for (const e of row.entities) entityCounts[e] = (entityCounts[e] as number) + 1;
    }
  }

  const sort: Sort =
    search.sort === "relevance" && score === null ? "newest" : (search.sort ?? (score ? "relevance" : "newest"));
  sortIds(ids, sort, catalog, score);

  const entityRows = topCounts(entityCounts, FACET_ENTITIES).flatMap(([i, count]) => {
    const entity = catalog.entities[i];
    return entity ? [{ entity, count }] : [];
  });
  const sourceRows = topCounts(sourceCounts, FACET_SOURCES).map(([i, count]) => ({
    name: catalog.sources[i] ?? "",
    count,
  }));
  // A chosen source stays listed, so a shared link's choice can be undone.
  for (const name of search.sources) if (!sourceRows.some((r) => r.name === name)) sourceRows.push({ name, count: 0 });
  return {
    ids,
    sort,
    problems,
    facets: {
      topics: TOPIC_IDS.flatMap((id, i) => (topicSeen[i] ? [{ id, count: topicCounts[i] as number }] : [])),
      sources: sourceRows,
      entities: entityRows,
      years: [...yearCounts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
    },
  };
}

function sortIds(ids: number[], sort: Sort, catalog: Catalog, score: Float64Array | null) {
  // The catalog is newest first, undated last: "newest" is its order.
  if (sort === "relevance" && score) ids.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  else if (sort === "oldest") {
    const dated = (id: number) => catalog.articles[id]?.date !== null;
    ids.sort((a, b) => Number(dated(b)) - Number(dated(a)) || b - a);
  }
}

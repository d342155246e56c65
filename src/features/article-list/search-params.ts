import { z } from "zod/mini";
import { toQueryString } from "../../lib/query-string";
import { entityIdSchema } from "../../schema/entity-id";
import { TOPIC_IDS, isTopicId, type TopicId } from "../../schema/topics";

export const SORTS = ["newest", "oldest", "relevance"] as const;
export type Sort = (typeof SORTS)[number];
/** `?read=unread` or `?read=read`: the reader's own read state, kept in the browser (features/reading-state). */
export const READ_FILTERS = ["unread", "read"] as const;
export type ReadFilter = (typeof READ_FILTERS)[number];

const isoDay = z.iso.date();

/** The list view's shareable state: everything in `/?…`. */
export const listSearchSchema = z.object({
  /** The search box's text, as typed (operators included: see search/parse-query.ts). */
  q: z.string(),
  /** Articles in any of these topics (OR); empty = all. Canonical order, no duplicates. */
  topics: z.array(z.enum(TOPIC_IDS)),
  /** Articles mentioning every one of these entities (AND, and AND with the rest). Sorted, no duplicates. */
  entities: z.array(entityIdSchema),
  /** Articles from any of these sources (OR). Sorted, no duplicates. */
  sources: z.array(z.string()),
  /** Inclusive calendar-day bounds (`YYYY-MM-DD`); null = open. */
  from: z.nullable(isoDay),
  to: z.nullable(isoDay),
  /** null = the default: relevance when there is a query, else newest. */
  sort: z.nullable(z.enum(SORTS)),
  /** Only unread (or only read) articles; null = both. */
  read: z.nullable(z.enum(READ_FILTERS)),
  /** Only the reader's saved articles (`?saved=1`). */
  saved: z.boolean(),
});
export type ListSearch = z.infer<typeof listSearchSchema>;

export const DEFAULT_LIST_SEARCH: ListSearch = {
  q: "",
  topics: [],
  entities: [],
  sources: [],
  from: null,
  to: null,
  sort: null,
  read: null,
  saved: false,
};

const MAX_ENTITIES = 10;
const MAX_SOURCES = 20;
const MAX_QUERY = 200;

const day = (value: string | null) => (value !== null && isoDay.safeParse(value).success ? value : null);

/** Never throws: unknown topics, malformed entity ids, dates or sorts and other parameters are dropped. */
export function parseListSearch(params: URLSearchParams): ListSearch {
  const wanted = new Set(params.getAll("topic").filter(isTopicId));
  const entities = [...new Set(params.getAll("entity"))]
    .filter((id) => entityIdSchema.safeParse(id).success)
    .sort()
    .slice(0, MAX_ENTITIES);
  const sources = [...new Set(params.getAll("source").map((s) => s.trim()))]
    .filter(Boolean)
    .sort()
    .slice(0, MAX_SOURCES);
  const sort = params.get("sort");
  const read = params.get("read");
  return {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY),
    topics: TOPIC_IDS.filter((id) => wanted.has(id)),
    entities,
    sources,
    from: day(params.get("from")),
    to: day(params.get("to")),
    sort: SORTS.find((s) => s === sort) ?? null,
    read: READ_FILTERS.find((r) => r === read) ?? null,
    saved: params.get("saved") === "1",
  };
}

/**
 * Canonical query string (no `?`): q, topics in IPTC order, entities and sources sorted, dates, read, saved, sort; empty when
 * nothing is chosen. A query that is only spaces is no query.
 */
export function serializeListSearch(state: Partial<ListSearch>): string {
  const params = new URLSearchParams();
  if (state.q?.trim()) params.set("q", state.q);
  for (const id of TOPIC_IDS) if (state.topics?.includes(id)) params.append("topic", id);
  for (const id of [...new Set(state.entities)].sort()) params.append("entity", id);
  for (const name of [...new Set(state.sources)].sort()) params.append("source", name);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.read) params.set("read", state.read);
  if (state.saved) params.set("saved", "1");
  if (state.sort) params.set("sort", state.sort);
  return toQueryString(params);
}

export const hasFilters = (state: ListSearch) => serializeListSearch({ ...state, sort: null }) !== "";

export function toggleTopic(state: ListSearch, topic: TopicId): ListSearch {
  const topics = state.topics.includes(topic) ? state.topics.filter((t) => t !== topic) : [...state.topics, topic];
  return { ...state, topics: TOPIC_IDS.filter((id) => topics.includes(id)) };
}

export function toggleEntity(state: ListSearch, id: string): ListSearch {
  const entities = state.entities.includes(id) ? state.entities.filter((e) => e !== id) : [...state.entities, id];
  return { ...state, entities: entities.sort() };
}

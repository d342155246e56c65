import { z } from "zod/mini";
import { toQueryString } from "../../lib/query-string";
import { entityIdSchema } from "../../schema/entity";
import { TOPIC_IDS, isTopicId, type TopicId } from "../../schema/topics";

/** The list view's shareable state. */
export const listSearchSchema = z.object({
  /** Articles in any of these topics (OR); empty = all. Canonical order, no duplicates. */
  topics: z.array(z.enum(TOPIC_IDS)),
  /** Articles mentioning every one of these entities (AND, and AND with topics). Sorted, no duplicates. */
  entities: z.array(entityIdSchema),
});
export type ListSearch = z.infer<typeof listSearchSchema>;

export const DEFAULT_LIST_SEARCH: ListSearch = { topics: [], entities: [] };

const MAX_ENTITIES = 10;

/** Never throws: unknown topics, malformed entity ids and other parameters are dropped. */
export function parseListSearch(params: URLSearchParams): ListSearch {
  const wanted = new Set(params.getAll("topic").filter(isTopicId));
  const entities = [...new Set(params.getAll("entity"))]
    .filter((id) => entityIdSchema.safeParse(id).success)
    .sort()
    .slice(0, MAX_ENTITIES);
  return { topics: TOPIC_IDS.filter((id) => wanted.has(id)), entities };
}

/** Canonical query string (no `?`): topics in IPTC order, then entities sorted; empty when nothing is filtered. */
export function serializeListSearch(state: ListSearch): string {
  const params = new URLSearchParams();
  for (const id of TOPIC_IDS) if (state.topics.includes(id)) params.append("topic", id);
  for (const id of [...new Set(state.entities)].sort()) params.append("entity", id);
  return toQueryString(params);
}

export function toggleTopic(state: ListSearch, topic: TopicId): ListSearch {
  const topics = state.topics.includes(topic) ? state.topics.filter((t) => t !== topic) : [...state.topics, topic];
  return { ...state, topics: TOPIC_IDS.filter((id) => topics.includes(id)) };
}

export function toggleEntity(state: ListSearch, id: string): ListSearch {
  const entities = state.entities.includes(id) ? state.entities.filter((e) => e !== id) : [...state.entities, id];
  return { ...state, entities: entities.sort() };
}

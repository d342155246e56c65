import { z } from "zod/mini";
import { TOPIC_IDS, isTopicId, type TopicId } from "../../schema/topics";

/** The list view's shareable state. */
export const listSearchSchema = z.object({
  /** Articles in any of these topics (OR); empty = all. Canonical order, no duplicates. */
  topics: z.array(z.enum(TOPIC_IDS)),
});
export type ListSearch = z.infer<typeof listSearchSchema>;

export const DEFAULT_LIST_SEARCH: ListSearch = { topics: [] };

/** Never throws: unknown topics and other parameters are dropped. */
export function parseListSearch(params: URLSearchParams): ListSearch {
  const wanted = new Set(params.getAll("topic").filter(isTopicId));
  return { topics: TOPIC_IDS.filter((id) => wanted.has(id)) };
}

/** Canonical query string (no `?`): one `topic=` per topic in IPTC order; empty when nothing is filtered. */
export function serializeListSearch(state: ListSearch): string {
  const params = new URLSearchParams();
  for (const id of TOPIC_IDS) if (state.topics.includes(id)) params.append("topic", id);
  return params.toString();
}

export function toggleTopic(state: ListSearch, topic: TopicId): ListSearch {
  const topics = state.topics.includes(topic) ? state.topics.filter((t) => t !== topic) : [...state.topics, topic];
  return { ...state, topics: TOPIC_IDS.filter((id) => topics.includes(id)) };
}

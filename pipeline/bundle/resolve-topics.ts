import { isTopicId, type TopicId } from "../../src/schema/topics";
import type { AssignedTopics } from "../topics/classify";
import { slugify } from "../text/slugify";

/**
 * Front matter always wins over the classifier: the author's IPTC topics are used as given (first = primary),
 * anything else they wrote is kept as a free tag. Only when the author named no IPTC topic does the classifier run.
 */
export function resolveTopics(
  given: readonly string[] | null,
  classify: () => AssignedTopics,
): { topics: TopicId[]; topicScores?: number[]; tags: string[] } {
  const topics: TopicId[] = [];
  const tags: string[] = [];
  for (const raw of given ?? []) {
    const asId = slugify(raw.replace(/&/g, " "));
    if (isTopicId(asId)) {
      if (!topics.includes(asId)) topics.push(asId);
    } else if (!tags.includes(raw)) tags.push(raw);
  }
  if (topics.length > 0) return { topics, tags };
  const classified = classify();
  return { topics: classified.topics, topicScores: classified.scores, tags };
}

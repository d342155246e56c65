import { isTopicId, TOPIC_LABELS, type TopicId } from "../../schema/topics";

export interface TopicHead {
  id: TopicId;
  label: string;
  articleCount: number;
}

/** Every article with the topic, primary or not, in the given order (newest first). */
export function articlesInTopic<A extends { topics: readonly string[] }>(articles: readonly A[], topic: TopicId): A[] {
  return articles.filter((a) => a.topics.includes(topic));
}

/**
 * The topic a `/topics/:id` URL names, if the collection has articles about it. Anything else is a 404 (thrown as
 * a Response, like a missing data file), which the route's error boundary renders as the not-found page.
 */
export function topicHead(id: string, articles: readonly { topics: readonly string[] }[]): TopicHead {
  const count = isTopicId(id) ? articlesInTopic(articles, id).length : 0;
  if (!isTopicId(id) || count === 0) {
    throw new Response(`No articles about topic: ${id}`, { status: 404, statusText: "Not Found" });
  }
  return { id, label: TOPIC_LABELS[id], articleCount: count };
}

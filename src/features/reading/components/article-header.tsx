import { Link } from "react-router";
import { TopicBadge } from "../../../components/ui/topic-badge";
import { paths } from "../../../lib/paths";
import type { Article } from "../../../schema/article";
import { TOPIC_LABELS } from "../../../schema/topics";
import { ArticleMeta } from "../../../components/ui/article-meta";

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="space-y-4">
      <ul aria-label="Topics" className="flex flex-wrap gap-2">
        {article.topics.map((topic, i) => (
          <li key={topic}>
            <Link
              to={paths.topic(topic)}
              className="rounded-full hover:opacity-85"
              aria-label={`${i === 0 ? "Topic" : "Secondary topic"}: ${TOPIC_LABELS[topic]}`}
            >
              <TopicBadge primary={i === 0}>{TOPIC_LABELS[topic]}</TopicBadge>
            </Link>
          </li>
        ))}
        {article.tags.map((tag) => (
          <li key={`tag:${tag}`}>
            <span className="inline-flex rounded-full border border-stone-300 px-2.5 py-0.5 text-xs text-stone-700 dark:border-stone-600 dark:text-stone-300">
              #{tag}
            </span>
          </li>
        ))}
      </ul>
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance text-stone-950 sm:text-4xl dark:text-stone-50">
        {article.title}
      </h1>
      <ArticleMeta
        source={article.source}
        author={article.author}
        date={article.date}
        readingMinutes={article.readingMinutes}
      />
    </header>
  );
}

import { Link } from "react-router";
import { formatCount } from "../../../lib/format";
import type { TopicHead } from "../topic-articles";

interface TopicHeaderProps {
  topic: TopicHead;
  feedHref: string;
  /** The list, filtered to this topic. */
  listHref: string;
}

export function TopicHeader({ topic, feedHref, listHref }: TopicHeaderProps) {
  return (
    <header className="space-y-2 border-b border-stone-200 pb-4 dark:border-stone-800">
      <p className="text-sm font-semibold tracking-wide text-red-800 uppercase dark:text-red-300">Topic</p>
      <h1 className="font-serif text-3xl font-bold text-stone-950 sm:text-4xl dark:text-stone-50">{topic.label}</h1>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <span>{formatCount(topic.articleCount, "article")}, newest first</span>
        <Link to={listHref} className="font-medium text-red-800 underline dark:text-red-300">
          Filter the list by this topic
        </Link>
        {/* A file, not a route: a plain link, so the router does not try to render it. */}
        <a href={feedHref} type="application/atom+xml" className="font-medium text-red-800 underline dark:text-red-300">
          Atom feed<span className="sr-only"> of {topic.label}</span>
        </a>
      </p>
    </header>
  );
}

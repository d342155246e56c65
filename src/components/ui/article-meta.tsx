import { formatDate } from "../../lib/format";

interface ArticleMetaProps {
  source: string | null;
  date: string | null;
  readingMinutes: number;
  author?: string | null;
}

/** Source · author · date · reading time, whichever are known. */
export function ArticleMeta({ source, date, readingMinutes, author }: ArticleMetaProps) {
  const parts = [
    source && <span key="source">{source}</span>,
    author && <span key="author">By {author}</span>,
    date && (
      <time key="date" dateTime={date}>
        {formatDate(date)}
      </time>
    ),
    <span key="reading">{readingMinutes} min read</span>,
  ].filter(Boolean);
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-stone-600 dark:text-stone-400">
      {parts.map((part, i) => (
        <span key={i} className="flex items-center gap-x-2">
          {i > 0 && <span aria-hidden="true">·</span>}
          {part}
        </span>
      ))}
    </p>
  );
}

import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { ArticleSummary } from "../../../schema/article";
import type { TopicId } from "../../../schema/topics";
import { catalogQuery } from "../api/list-queries";
import { ArticleCard } from "./article-card";
import { CatalogCard } from "./catalog-card";
import { LoadMore } from "./load-more";
import { marksFor } from "./reading-marks";
import { StaticResultList, VirtualResultList } from "./result-list";
import type { ListReading } from "../list-reading";

interface TopicListProps {
  topic: TopicId;
  /** The newest articles of the topic, prerendered; empty after in-app navigation (the catalog is there). */
  first: readonly ArticleSummary[];
  articleCount: number;
  listHref: string;
  /** The reader's read and saved state (handed over by the route, as on the home list). */
  reading?: ListReading;
}

/** A topic's articles, newest first: the prerendered first screen, then every one from the catalog. */
export function TopicList({ topic, first, articleCount, listHref, reading }: TopicListProps) {
  const [engaged, setEngaged] = useState(first.length === 0);
  const catalog = useQuery({ ...catalogQuery(), enabled: engaged });
  const engage = useCallback(() => setEngaged(true), []);
  const data = catalog.data;
  if (data) {
    const ids = data.articles.flatMap((row, id) => (row.topics.includes(topic) ? [id] : []));
    return (
      <VirtualResultList
        count={ids.length}
        keyOf={(i) => data.articles[ids[i] ?? 0]?.slug ?? String(i)}
        resultsFor={null}
        renderRow={(i) => {
          const slug = data.articles[ids[i] ?? 0]?.slug ?? "";
          return (
            <CatalogCard
              id={ids[i] ?? 0}
              catalog={data}
              text={null}
              listHref={listHref}
              read={reading?.loaded ? reading.read.has(slug) : undefined}
              saved={reading?.saved.has(slug) ?? false}
              onToggleSaved={reading?.toggleSaved}
            />
          );
        }}
      />
    );
  }
  return (
    <>
      <StaticResultList
        count={first.length}
        keyOf={(i) => first[i]?.slug ?? String(i)}
        resultsFor={null}
        renderRow={(i) => {
          const article = first[i];
          if (!article) return null;
          return (
            <ArticleCard
              article={article}
              listHref={listHref}
              read={reading?.loaded ? reading.read.has(article.slug) : undefined}
              marks={marksFor(reading, article.slug, article.title)}
            />
          );
        }}
      />
      {articleCount > first.length && <LoadMore onVisible={engage} loading={catalog.isFetching} />}
    </>
  );
}

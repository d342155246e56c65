import { useSuspenseQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { useLocation, useSearchParams } from "react-router";
import { articleQuery } from "../../lib/article-query";
import { ArticleBlock, blockAnchor } from "../../features/reading/components/article-block";
import { ArticleHeader } from "../../features/reading/components/article-header";
import { BackToList } from "../../features/reading/components/back-to-list";
import { EntityCardLayer } from "../../features/entities/components/entity-card-layer";
import { EntityLegend } from "../../features/entities/components/entity-legend";
import { EntityPanel } from "../../features/entities/components/entity-panel";
import { EntityText } from "../../features/entities/components/entity-text";
import { parseEntityFocus } from "../../features/entities/focus-params";
import { setHiddenTypes, useHiddenTypes } from "../../features/entities/hidden-types";
import { joinBlocks, rangesInBlocks } from "../../features/quotes/block-ranges";
import { QuoteLinkLayer } from "../../features/quotes/components/quote-link-layer";
import { QuoteStatus } from "../../features/quotes/components/quote-status";
import { findQuote } from "../../features/quotes/find-quote";
import { parseQuote, serializeQuote, textFragment } from "../../features/quotes/quote-params";
import { Toast } from "../../features/sharing/toast";
import { useShare } from "../../features/sharing/use-share";
import { parseHighlight } from "../../features/article-list/search/highlight-params";
import { matchRanges } from "../../features/article-list/search/match-ranges";
import { createTermMatcher } from "../../features/article-list/search/text-query";
import { SearchHighlightStatus } from "../../features/reading/components/search-highlight-status";
import { ListenControl } from "../../features/listen/components/listen-control";
import { KeepArticleOffline } from "../../features/offline/components/available-offline-badge";
import { paths } from "../../lib/paths";
import { useHydratedQuery } from "../../lib/use-hydrated";
import { ArticleReading } from "./article-reading";

/**
 * An article: its text with entity marks and cards, the legend, the panel of who and what it is about, paragraph
 * and quote links. Its view state comes from the URL: `?entity=` (focus), `?quote=…` (a quoted passage), `#p-<id>`.
 */
export function ArticlePage({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  const [searchParams] = useSearchParams();
  const location = useLocation();
  // The prerendered page has no query; the URL's focus, quote and highlight apply once hydrated.
  const hydrated = useHydratedQuery();
  const focusedId = hydrated ? parseEntityFocus(searchParams) : null;
  const quote = useMemo(() => (hydrated ? parseQuote(searchParams) : null), [hydrated, searchParams]);
  const hiddenTypes = useHiddenTypes();
  const { message, copy } = useShare();
  const bodyRef = useRef<HTMLDivElement>(null);
  const entities = useMemo(() => new Map(article.entities.map((e) => [e.id, e])), [article.entities]);
  const focused = focusedId ? entities.get(focusedId) : undefined;
  const texts = useMemo(() => article.blocks.map((b) => b.text), [article.blocks]);
  const spoken = useMemo(() => article.blocks.map((b) => ({ id: blockAnchor(b), text: b.text })), [article.blocks]);
  const match = useMemo(() => (quote ? findQuote(joinBlocks(texts), quote) : null), [texts, quote]);
  const highlights = useMemo(() => (match ? rangesInBlocks(texts, match.start, match.end) : new Map()), [texts, match]);
  const searched = useMemo(() => (hydrated ? parseHighlight(searchParams) : null), [hydrated, searchParams]);
  const searchHits = useMemo(() => {
    if (!searched) return null;
    const matches = createTermMatcher(searched);
    return texts.map((text) => matchRanges(text, matches));
  }, [texts, searched]);

  // Bring what the link points at into view: the quoted passage, else the focused entity's first mention.
  useEffect(() => {
    const quoted = bodyRef.current?.querySelector("mark.quote");
    const mention = focused && bodyRef.current?.querySelector(`mark[data-entity-id="${CSS.escape(focused.id)}"]`);
    // A search's first match, unless the link also names a paragraph (#p-…), which the browser scrolls to.
    const hit = window.location.hash ? null : bodyRef.current?.querySelector("mark.search-hit");
    (quoted ?? mention ?? hit)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [focused, highlights, searchHits]);

  const linkTo = (search: string, hash = "") => `${window.location.origin}${paths.article(slug, search)}${hash}`;

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
      <article className="min-w-0 space-y-6">
        <BackToList />
        <ArticleHeader article={article} />
        <ArticleReading slug={article.slug} bodyRef={bodyRef} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <ListenControl key={article.slug} parts={spoken} />
          <KeepArticleOffline slug={article.slug} />
        </div>
        <EntityLegend
          entities={article.entities}
          hiddenTypes={hiddenTypes}
          onToggle={(type) =>
            setHiddenTypes(hiddenTypes.includes(type) ? hiddenTypes.filter((t) => t !== type) : [...hiddenTypes, type])
          }
        />
        {quote && <QuoteStatus match={match} />}
        {searched && searchHits && (
          <SearchHighlightStatus
            words={searched.words}
            count={searchHits.reduce((n, hits) => n + hits.length, 0)}
            clearHref={paths.article(slug, withoutHighlight(searchParams))}
          />
        )}
        {focused && (
          <p role="status" className="rounded-md bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800">
            Showing the {focused.mentionCount === 1 ? "mention" : `${focused.mentionCount} mentions`} of{" "}
            <strong>{focused.name}</strong>. Press <kbd>[</kbd> or <kbd>]</kbd> on a mark to step through them.
          </p>
        )}
        <div ref={bodyRef} className="reading-text space-y-5 text-stone-900 dark:text-stone-100">
          {article.blocks.map((block, i) => (
            <ArticleBlock
              key={block.id}
              block={block}
              index={i}
              onLink={(b) =>
                void copy(linkTo(location.search.slice(1), `#${blockAnchor(b)}`), "Link to paragraph copied")
              }
            >
              <EntityText
                text={block.text}
                mentions={block.mentions}
                entities={entities}
                focusedId={focusedId}
                hiddenTypes={hiddenTypes}
                highlight={highlights.get(i) ?? null}
                searchHits={searchHits?.[i]}
              />
            </ArticleBlock>
          ))}
        </div>
        <EntityCardLayer containerRef={bodyRef} entities={entities} currentSlug={article.slug} />
        <QuoteLinkLayer
          containerRef={bodyRef}
          texts={texts}
          onQuote={(q) => void copy(linkTo(serializeQuote(q), textFragment(q)), "Link to quote copied")}
        />
        <Toast message={message} placement="screen-bottom" />
        {article.url && (
          <p className="border-t border-stone-200 pt-4 text-sm dark:border-stone-800">
            <a href={article.url} rel="noopener noreferrer" className="text-red-800 underline dark:text-red-300">
              Read the original{article.source ? ` at ${article.source}` : ""}
            </a>
          </p>
        )}
      </article>
      <aside className="mt-12 border-t border-stone-200 pt-6 lg:mt-0 lg:border-t-0 lg:pt-0 dark:border-stone-800">
        <div className="lg:sticky lg:top-6 lg:max-h-[calc(100dvh-3rem)] lg:overflow-y-auto">
          <EntityPanel slug={article.slug} entities={article.entities} focusedId={focusedId} />
        </div>
      </aside>
    </div>
  );
}

function withoutHighlight(params: URLSearchParams): string {
  const rest = new URLSearchParams(params);
  rest.delete("highlight");
  return rest.toString();
}

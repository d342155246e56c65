import { useEffect } from "react";
import { cacheArticleForOffline, useAvailableOffline } from "../available-offline";

/**
 * "Available offline", once the article is in the offline cache; nothing otherwise. In words, with an icon beside
 * them, never by colour alone. For lists of saved articles as well as the article page.
 */
export function AvailableOfflineBadge({ slug }: { slug: string }) {
  const available = useAvailableOffline(slug);
  if (!available) return null;
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-emerald-700 px-2 py-0.5 font-sans text-xs font-medium text-emerald-900 dark:border-emerald-400 dark:text-emerald-200">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
        <path d="M8 1a.75.75 0 0 1 .75.75v6.69l2.22-2.22a.75.75 0 1 1 1.06 1.06l-3.5 3.5a.75.75 0 0 1-1.06 0l-3.5-3.5a.75.75 0 0 1 1.06-1.06l2.22 2.22V1.75A.75.75 0 0 1 8 1ZM2.75 13.5h10.5a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1 0-1.5Z" />
      </svg>
      Available offline
    </span>
  );
}

/**
 * The article being read, kept for offline (every article the reader opens is), with its badge. A page opened
 * from a link had its data inside the HTML, so it is fetched once more into the cache; after an in-app link the
 * worker has cached it already and nothing is fetched.
 */
export function KeepArticleOffline({ slug }: { slug: string }) {
  useEffect(() => {
    void cacheArticleForOffline(slug);
  }, [slug]);
  return <AvailableOfflineBadge slug={slug} />;
}

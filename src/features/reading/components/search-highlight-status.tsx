import { Link } from "react-router";

interface SearchHighlightStatusProps {
  words: readonly string[];
  count: number;
  clearHref: string;
}

/** Says which search words are marked in the article (and how often), with a way to remove the marks. */
export function SearchHighlightStatus({ words, count, clearHref }: SearchHighlightStatusProps) {
  return (
    <p
      role="status"
      className="flex flex-wrap items-center gap-x-3 rounded-md bg-pink-50 px-3 py-2 text-sm dark:bg-pink-950/40"
    >
      <span>
        {count === 0
          ? "None of the search’s words appear in the text: "
          : `${count} ${count === 1 ? "match" : "matches"} for `}
        {words.map((word, i) => (
          <span key={word}>
            {i > 0 && " "}
            <mark className="search-hit">{word}</mark>
          </span>
        ))}
      </span>
      <Link to={clearHref} replace preventScrollReset className="font-medium text-red-800 underline dark:text-red-300">
        Clear highlights
      </Link>
    </p>
  );
}

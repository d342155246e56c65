import type { ReactNode } from "react";
import { cn } from "../../../lib/cn";
import type { Block } from "../../../schema/article";

interface ArticleBlockProps {
  block: Block;
  /** Its position in the article, for code that maps a DOM selection back to the text. */
  index: number;
  children: ReactNode;
  /** Called when the reader takes the link to this block (after the URL has moved to it). */
  onLink?: (block: Block) => void;
}

/** A block's anchor: `#p-<id>`, stable across edits elsewhere (the id comes from the block's own words). */
export const blockAnchor = (block: Pick<Block, "id">) => `p-${block.id}`;

/**
 * The element for one block of the body; its text (with marks) comes in as children. Hovering or focusing it
 * reveals a link to it; `/articles/<slug>#p-<id>` scrolls to it and highlights it (CSS `:target`).
 */
export function ArticleBlock({ block, index, children, onLink }: ArticleBlockProps) {
  const link = (
    <a
      href={`#${blockAnchor(block)}`}
      onClick={() => onLink?.(block)}
      aria-label={block.type === "heading" ? "Link to this section" : "Link to this paragraph"}
      className="ml-1 rounded px-1 font-sans text-base leading-none text-stone-600 no-underline hover:text-red-700 focus:opacity-100 sm:absolute sm:top-1.5 sm:-left-7 sm:ml-0 sm:opacity-0 sm:group-hover:opacity-100 sm:focus:opacity-100 dark:text-stone-400 dark:hover:text-red-300"
    >
      #
    </a>
  );
  const common = { id: blockAnchor(block), "data-block-index": index, className: "article-block group relative" };
  switch (block.type) {
    case "heading": {
      const Heading = `h${block.level}` as "h2" | "h3" | "h4" | "h5" | "h6";
      return (
        <Heading
          {...common}
          className={cn(common.className, "mt-10 font-sans text-xl font-bold text-stone-950 dark:text-stone-50")}
        >
          {children}
          {link}
        </Heading>
      );
    }
    case "quote":
      return (
        <blockquote
          {...common}
          className={cn(common.className, "border-l-4 border-stone-300 pl-4 italic dark:border-stone-600")}
        >
          <p>
            {children}
            {link}
          </p>
        </blockquote>
      );
    default:
      return (
        <p {...common}>
          {children}
          {link}
        </p>
      );
  }
}

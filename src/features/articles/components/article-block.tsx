import type { ReactNode } from "react";
import type { Block } from "../../../schema/article";

/** The element for one block of the body; its text (with marks) comes in as children. */
export function ArticleBlock({ block, children }: { block: Block; children: ReactNode }) {
  switch (block.type) {
    case "heading": {
      const Heading = `h${block.level}` as "h2" | "h3" | "h4" | "h5" | "h6";
      return (
        <Heading className="mt-10 font-sans text-xl font-bold text-stone-950 dark:text-stone-50">{children}</Heading>
      );
    }
    case "quote":
      return (
        <blockquote className="border-l-4 border-stone-300 pl-4 italic dark:border-stone-600">
          <p>{children}</p>
        </blockquote>
      );
    default:
      return <p>{children}</p>;
  }
}

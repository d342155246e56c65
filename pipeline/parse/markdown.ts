import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { frontmatter } from "micromark-extension-frontmatter";
import type { ParsedArticle, RawBlock } from "./parsed-article";
import { parseFrontMatter } from "./front-matter";
import { ParseError } from "./parse-error";

/**
 * Markdown with YAML front matter. The body becomes headings, paragraphs and quotes of plain text: inline
 * formatting is dropped and raw HTML is never passed through (it is not text the author meant to show).
 */
export function parseMarkdown(text: string): ParsedArticle {
  const tree = fromMarkdown(text.replace(/^\uFEFF/, ""), {
    extensions: [frontmatter(["yaml"])],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"])],
  });
  const [first] = tree.children;
  if (first?.type !== "yaml") {
    throw new ParseError("no front matter: a Markdown article starts with a `---` block holding at least `title:`", 1);
  }
  const fm = parseFrontMatter(first.value, (first.position?.start.line ?? 1) + 1);
  const blocks = toBlocks(tree, fm.title);
  if (blocks.length === 0) {
    throw new ParseError("empty body: nothing follows the front matter", (first.position?.end.line ?? 1) + 1);
  }
  return {
    title: fm.title,
    ...(fm.slug !== null ? { slugLine: fm.slugLine } : {}),
    blocks,
    meta: {
      date: fm.date,
      source: fm.source,
      url: fm.url,
      author: fm.author,
      summary: fm.summary,
      slug: fm.slug,
      topics: fm.topics,
    },
  };
}

function toBlocks(tree: Root, title: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const visit = (node: RootContent, inQuote: boolean) => {
    switch (node.type) {
      case "heading": {
        const text = plainText(node);
        // The headline is shown from the front matter; a body H1 that repeats it is not content.
        if (text === "" || (blocks.length === 0 && node.depth === 1 && text === title)) return;
        blocks.push({ type: "heading", level: Math.min(6, Math.max(2, node.depth)), text });
        return;
      }
      case "paragraph": {
        const text = plainText(node);
        if (text !== "") blocks.push({ type: inQuote ? "quote" : "paragraph", text });
        return;
      }
      case "blockquote":
        node.children.forEach((child) => visit(child, true));
        return;
      case "list":
        node.children.forEach((item) => item.children.forEach((child) => visit(child, inQuote)));
        return;
      default:
        return; // yaml, html, code, tables, thematic breaks: not article prose
    }
  };
  tree.children.forEach((node) => visit(node, false));
  return blocks;
}

function plainText(node: Nodes): string {
  return collect(node, { skipUntil: null }).replace(/\s+/g, " ").trim();
}

/** Elements whose content is code or markup, not prose: inside a paragraph, their text is dropped too. */
const RAW_TEXT_OPEN = /^<(script|style|template|textarea|title|iframe|noscript)\b[^>]*>$/i;

function collect(node: Nodes, state: { skipUntil: string | null }): string {
  if (node.type === "html") {
    const open = RAW_TEXT_OPEN.exec(node.value.trim());
    if (open?.[1]) state.skipUntil = `</${open[1].toLowerCase()}`;
    else if (state.skipUntil && node.value.trim().toLowerCase().startsWith(state.skipUntil)) state.skipUntil = null;
    return "";
  }
  if (state.skipUntil) return "";
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "image":
    case "imageReference":
      return "";
    default:
      return "children" in node ? node.children.map((child) => collect(child as Nodes, state)).join("") : "";
  }
}

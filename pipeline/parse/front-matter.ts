import { LineCounter, parseDocument, isMap, visit } from "yaml";
import { z } from "zod";
import { articleDateSchema } from "../../src/schema/article";
import { cleanStrings } from "../text/clean-text";
import { ParseError } from "./parse-error";

const optionalText = z
  .string()
  .trim()
  .min(1)
  .nullish()
  .transform((v) => v ?? null);

export const frontMatterSchema = z.object({
  title: z.string({ error: "title is required" }).trim().min(1, "title must not be empty"),
  date: z
    .union([z.string().trim(), z.date()], { error: "date must be YYYY-MM-DD or an ISO 8601 timestamp" })
    .transform((v) => (v instanceof Date ? v.toISOString() : v))
    .pipe(z.union([articleDateSchema, z.literal("")]))
    .nullish()
    .transform((v) => v || null),
  source: optionalText,
  url: z
    // Only the web: the app links to it, and `javascript:`, `data:` or `file:` there would run or leak on a click.
    .url({ protocol: /^https?$/, error: "url must be an absolute http(s) URL" })
    .nullish()
    .transform((v) => v ?? null),
  author: optionalText,
  summary: optionalText,
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "slug must be lowercase letters, digits and hyphens")
    .nullish()
    .transform((v) => v ?? null),
  topics: z
    .union([z.array(z.coerce.string()), z.string()], { error: "topics must be a list of strings" })
    .transform((v) => (typeof v === "string" ? v.split(",") : v).map((t) => t.trim()).filter((t) => t !== ""))
    .nullish()
    .transform((v) => v ?? null),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Front matter needs no more aliases than this; a "billion laughs" file would expand to gigabytes. */
const MAX_ALIASES = 20;

function toJS(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, firstLine: number): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const reason = /alias count/i.test(error.message) ? `too many aliases (more than ${MAX_ALIASES})` : error.message;
    throw new ParseError(`broken front matter: ${reason}`, firstLine + lineCounter.linePos(offset).line - 1);
  }
}

/**
 * Parses YAML front matter. `firstLine` is the file line the YAML starts on, so every error names the file line
 * of the offending key.
 */
export function parseFrontMatter(yamlText: string, firstLine: number): FrontMatter & { slugLine: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = firstLine + lineCounter.linePos(yamlError.pos[0]).line - 1;
    throw new ParseError(`broken front matter: ${yamlError.message.split("\n")[0]}`, line);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ParseError("broken front matter: expected `key: value` lines", firstLine);
  }
  // YAML escapes (`"\x01"`) make characters the file did not hold: strings are cleaned again once decoded.
  const result = frontMatterSchema.safeParse(cleanStrings(toJS(doc, lineCounter, firstLine) ?? {}));
  const lineOf = (key: unknown) => {
    const node = typeof key === "string" ? doc.getIn([key], true) : undefined;
    const offset = node && typeof node === "object" && "range" in node && Array.isArray(node.range) ? node.range[0] : 0;
    return firstLine + lineCounter.linePos(Number(offset)).line - 1;
  };
  // The slug's line, for a slug that turns out to be taken once the whole collection is known.
  if (result.success) return { ...result.data, slugLine: lineOf("slug") };

  const issue = result.error.issues[0];
  const key = issue?.path[0];
  const line = lineOf(key);
  const where = typeof key === "string" && !issue?.message.startsWith(key) ? `${key}: ` : "";
  throw new ParseError(`front matter: ${where}${issue?.message ?? "invalid"}`, line);
}

import { readFile } from "node:fs/promises";
import path from "node:path";
import { LineCounter, isNode, parseDocument, stringify } from "yaml";
import { z } from "zod";
import { formatInputError } from "../parse/parse-error";
import { writeFileAtomic } from "./write-atomic";

/** The feeds a reader imported, in the content folder, for `--refresh`; ingest reads only article files. */
export const subscriptionsFile = (contentDir: string) => path.join(contentDir, "feeds.yaml");

/**
 * What the last import saw, beside the articles it wrote: each feed's validators (ETag, Last-Modified) and the
 * items already imported, and each article's file, body hash and validators. Hidden, so ingest skips it; lost,
 * nothing breaks: articles are found again by the URL hash in their file names.
 */
export const importStateFile = (contentDir: string) => path.join(contentDir, ".import-state.json");

const webUrlSchema = z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" });

const subscriptionsSchema = z.strictObject({
  feeds: z.array(z.strictObject({ url: webUrlSchema, title: z.string().trim().min(1).optional() })).default([]),
});
export type Subscriptions = z.infer<typeof subscriptionsSchema>;

const validators = { etag: z.string().nullable(), lastModified: z.string().nullable() };

const importStateSchema = z.object({
  version: z.literal(1),
  feeds: z.record(z.string(), z.object({ ...validators, items: z.record(z.string(), z.string()) })),
  articles: z.record(z.string(), z.object({ ...validators, file: z.string(), contentHash: z.string() })),
  /** Page URLs that named another canonical URL, to find the article (and its validators) from the link. */
  pages: z.record(z.string(), z.string()).default({}),
});
export type ImportState = z.infer<typeof importStateSchema>;

export const emptyImportState = (): ImportState => ({ version: 1, feeds: {}, articles: {}, pages: {} });

/** feeds.yaml, or no feeds when there is none; a broken one is an error naming its line. */
export async function readSubscriptions(file: string): Promise<Subscriptions> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return { feeds: [] };
    throw error;
  }
  const shown = path.relative(process.cwd(), file);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new Error(
      formatInputError(shown, counter.linePos(yamlError.pos[0]).line, yamlError.message.split("\n")[0] ?? ""),
    );
  }
  const result = subscriptionsSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const keys = (issue?.path ?? []).filter((k): k is string | number => typeof k !== "symbol");
  let line = 1;
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true);
    if (isNode(node) && node.range) {
      line = counter.linePos(node.range[0]).line;
      break;
    }
  }
  throw new Error(formatInputError(shown, line, `${keys.join(".")}: ${issue?.message ?? "invalid"}`));
}

export async function writeSubscriptions(file: string, subscriptions: Subscriptions): Promise<void> {
  const header =
    "# Feeds imported with `npm run import`; `npm run import -- --refresh` polls each again.\n" +
    "# Remove an entry to unsubscribe; articles already imported stay.\n";
  await writeFileAtomic(file, header + stringify(subscriptions, { lineWidth: 0 }));
}

/** The state file, or a fresh state when it is missing or unreadable (it only saves requests). */
export async function readImportState(file: string): Promise<ImportState> {
  try {
    return importStateSchema.parse(JSON.parse(await readFile(file, "utf8")));
  } catch {
    return emptyImportState();
  }
}

export async function writeImportState(file: string, state: ImportState): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(state, null, 1)}\n`);
}

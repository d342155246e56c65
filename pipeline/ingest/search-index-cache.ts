import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { SearchDocument } from "../../src/schema/search-index";
import { serialiseSearchIndex } from "../bundle/search-index";
import { writeAtomically } from "../lib/tree";

/**
 * The code the index's file is made by: its options and tokeniser, the document builder and MiniSearch itself.
 * Hashed into the key, so a change to any of them rebuilds the index without a PIPELINE_VERSION bump.
 */
const CODE_FILES = [
  fileURLToPath(new URL("../../src/schema/search-index.ts", import.meta.url)),
  fileURLToPath(new URL("../bundle/search-index.ts", import.meta.url)),
  createRequire(import.meta.url).resolve("minisearch"),
];

const sha256 = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

/**
 * A serialiser for `buildBundle` that keeps the last index it built in `file`, keyed by the documents and the code,
 * and returns it again while they are unchanged. An edit that leaves every headline and opening as it was (most
 * edits, at 160 indexed words per article) then costs no index build at all (decision 017). The entry is one
 * file, written aside and renamed; an unreadable, stale or damaged one is a miss.
 */
export async function cachedSearchIndex(file: string): Promise<SearchIndexCache> {
  const code = createHash("sha256");
  for (const source of CODE_FILES) code.update(await readFile(source));
  const codeHash = code.digest("hex");
  const previous = await readFile(file, "utf8").catch(() => "");
  const newline = previous.indexOf("\n");
  const [key, textHash] = previous.slice(0, Math.max(newline, 0)).split(" ");
  const text = newline === -1 ? "" : previous.slice(newline + 1);

  const stores: Promise<void>[] = [];
  return {
    serialise(documents) {
      const wanted = sha256(`${codeHash}\0${JSON.stringify(documents)}`);
      if (wanted === key && text !== "" && sha256(text) === textHash) return text;
      const built = serialiseSearchIndex(documents);
      stores.push(store(file, `${wanted} ${sha256(built)}\n${built}`));
      return built;
    },
    async stored() {
      await Promise.all(stores.splice(0));
    },
  };
}

export interface SearchIndexCache {
  serialise: (documents: readonly SearchDocument[]) => string;
  /** Resolves when every index built so far is stored (a failed store only costs a rebuild next time). */
  stored: () => Promise<void>;
}

async function store(file: string, content: string): Promise<void> {
  await writeAtomically(file, content).catch(() => undefined);
}

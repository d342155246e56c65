import { readFileSync, statSync, type Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { formatInputError } from "./parse/parse-error";
import { isArticleFile } from "./parse/parse-file";
import { VARIABLES } from "./lib/env";

export interface ArticleFile {
  /** Absolute. */
  file: string;
  /** Relative to the content folder, with `/` separators. */
  sourcePath: string;
  /** How messages name it: relative to the working directory. */
  shown: string;
  bytes: Uint8Array;
}

export interface ReadResult {
  files: ArticleFile[];
  /** One `path:line: reason` line per file or folder that could not be read. */
  errors: string[];
}

export interface ReadOptions {
  /** Files larger than this are refused from their size, unread (`maxArticleBytes`). */
  maxBytes?: number;
  /** The file system's reads, replaceable so tests can make one fail the way it does for a user (root reads all). */
  readdir?: (dir: string) => Promise<Dirent[]>;
  readFile?: (file: string) => Uint8Array;
}

const MB = 1024 * 1024;
/**
 * One article is read, parsed and tagged in memory; a file of tens of megabytes is almost never an article, and
 * would take minutes and gigabytes before failing.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = VARIABLES.LEDE_MAX_ARTICLE_BYTES.fallback();

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1).replace(/\.0$/, "")} MB`;

/**
 * Reads the bytes of every article file under `dir` (recursively, hidden entries skipped), collecting every
 * error. Parsing is left to extraction (pipeline/ingest/), which skips files it has seen before.
 */
export async function readArticleFiles(dir: string, options: ReadOptions = {}): Promise<ReadResult> {
  const { maxBytes = DEFAULT_MAX_ARTICLE_BYTES, readFile = readFileSync } = options;
  const { paths, errors } = await listArticleFiles(
    dir,
    options.readdir ?? ((d) => readdir(d, { withFileTypes: true })),
  );
  const result: ReadResult = { files: [], errors };
  // Synchronous reads: thousands of small files read an order of magnitude faster than through fs/promises
  // (one thread-pool round trip each for open, stat, read and close), and nothing else waits on this thread.
  paths.forEach((file) => {
    const shown = shownPath(file);
    try {
      // The size first: a huge file is refused without being read into memory.
      const { size } = statSync(file);
      if (size > maxBytes) {
        result.errors.push(
          formatInputError(
            shown,
            1,
            `too large (${megabytes(size)}; the limit is ${megabytes(maxBytes)}, set LEDE_MAX_ARTICLE_BYTES to change it)`,
          ),
        );
        return;
      }
      const bytes = readFile(file);
      result.files.push({ file, sourcePath: path.relative(dir, file).split(path.sep).join("/"), shown, bytes });
    } catch (error) {
      result.errors.push(formatInputError(shown, 1, `cannot be read: ${reason(error)}`));
    }
  });
  return result;
}

const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

const codeOf = (error: unknown) =>
  error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;

function reason(error: unknown): string {
  if (codeOf(error) === "ELOOP") return "symbolic link loop (ELOOP)";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Every article file under `dir`, sorted. Symbolic links are followed while they stay inside the content folder
 * (shared articles linked into several collections, or a folder linked in); one that resolves outside is refused,
 * so `ln -s /etc/passwd content/passwd.txt` publishes nothing. Each real folder is read once, which also ends
 * link loops such as `content/a/up -> ..`.
 */
async function listArticleFiles(
  dir: string,
  list: (dir: string) => Promise<Dirent[]>,
): Promise<{ paths: string[]; errors: string[] }> {
  const root = await realpath(dir);
  const inside = (real: string) => real === root || real.startsWith(root + path.sep);
  const visited = new Set<string>([root]);
  const paths: string[] = [];
  const errors: string[] = [];

  const visit = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await list(folder);
    } catch (error) {
      errors.push(formatInputError(shownPath(folder), 1, `cannot read folder (${codeOf(error) ?? reason(error)})`));
      return;
    }
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = await realpath(full);
        } catch (error) {
          // A dangling link is not an article (as before); a loop is a broken file the author should hear of.
          if (codeOf(error) === "ELOOP")
            errors.push(formatInputError(shownPath(full), 1, `cannot be read: ${reason(error)}`));
          continue;
        }
        const target = await stat(real).catch(() => undefined);
        const isFolder = target?.isDirectory() ?? false;
        if (!isFolder && !(target?.isFile() && isArticleFile(entry.name))) continue;
        if (!inside(real)) {
          errors.push(formatInputError(shownPath(full), 1, `links outside the content folder (to ${real})`));
          continue;
        }
        if (!isFolder) paths.push(full);
        else if (!visited.has(real)) {
          visited.add(real);
          await visit(full);
        }
      } else if (entry.isDirectory()) {
        const real = await realpath(full).catch(() => full);
        if (visited.has(real)) continue;
        visited.add(real);
        await visit(full);
      } else if (entry.isFile() && isArticleFile(entry.name)) {
        paths.push(full);
      }
    }
  };
  await visit(dir);
  return { paths: paths.sort(), errors };
}

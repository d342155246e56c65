import { readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { formatInputError } from "./parse/parse-error";
import { isArticleFile } from "./parse/parse-file";

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
  /** One `path:line: reason` line per file that could not be read. */
  errors: string[];
}

/**
 * Reads the bytes of every article file under `dir` (recursively, hidden entries skipped), collecting every
 * error. Parsing is left to extraction (pipeline/ingest/), which skips files it has seen before.
 */
export async function readArticleFiles(dir: string): Promise<ReadResult> {
  const paths = await listArticleFiles(dir);
  const result: ReadResult = { files: [], errors: [] };
  // Synchronous reads: thousands of small files read an order of magnitude faster than through fs/promises
  // (one thread-pool round trip each for open, stat, read and close), and nothing else waits on this thread.
  paths.forEach((file) => {
    const bytes = readBytes(file);
    const shown = path.relative(process.cwd(), file) || file;
    if (bytes instanceof Error) result.errors.push(formatInputError(shown, 1, `cannot be read: ${bytes.message}`));
    else result.files.push({ file, sourcePath: path.relative(dir, file).split(path.sep).join("/"), shown, bytes });
  });
  return result;
}

function readBytes(file: string): Uint8Array | Error {
  try {
    return readFileSync(file);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const kept = entries.filter(
    (e) =>
      (e.isFile() || e.isSymbolicLink()) &&
      isArticleFile(e.name) &&
      !path
        .relative(dir, path.join(e.parentPath, e.name))
        .split(path.sep)
        .some((part) => part.startsWith(".")),
  );
  const candidates = kept.map((e) => path.join(e.parentPath, e.name));
  const linked = kept.map((e) => e.isSymbolicLink());
  // A symbolic link counts when it leads to a file (shared articles linked into several collections).
  const isFile = (file: string) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  return candidates.filter((file, i) => linked[i] === false || isFile(file)).sort();
}

import { readdir, readFile, stat } from "node:fs/promises";
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
  const read = await Promise.all(paths.map((file) => readFile(file).catch((error: Error) => error)));
  paths.forEach((file, i) => {
    const bytes = read[i]!;
    const shown = path.relative(process.cwd(), file) || file;
    if (bytes instanceof Error) result.errors.push(formatInputError(shown, 1, `cannot be read: ${bytes.message}`));
    else result.files.push({ file, sourcePath: path.relative(dir, file).split(path.sep).join("/"), shown, bytes });
  });
  return result;
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const candidates = entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isArticleFile(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter(
      (file) =>
        !path
          .relative(dir, file)
          .split(path.sep)
          .some((part) => part.startsWith(".")),
    );
  // A symbolic link counts when it leads to a file (shared articles linked into several collections).
  const isFile = await Promise.all(
    candidates.map((file) =>
      stat(file).then(
        (s) => s.isFile(),
        () => false,
      ),
    ),
  );
  return candidates.filter((_, i) => isFile[i]).sort();
}

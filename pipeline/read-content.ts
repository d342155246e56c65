import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ParseError, formatInputError } from "./parse/parse-error";
import { isArticleFile, parseArticleFile } from "./parse/parse-file";
import type { ParsedArticle } from "./parse/parsed-article";

export interface ReadResult {
  articles: { sourcePath: string; parsed: ParsedArticle }[];
  /** One `path:line: reason` line per file that could not be read as an article. */
  errors: string[];
}

/** Reads every article file under `dir` (recursively, hidden entries skipped), collecting every error. */
export async function readContent(dir: string): Promise<ReadResult> {
  const files = await listArticleFiles(dir);
  const result: ReadResult = { articles: [], errors: [] };
  for (const file of files) {
    const sourcePath = path.relative(dir, file).split(path.sep).join("/");
    const shown = path.relative(process.cwd(), file) || file;
    try {
      result.articles.push({ sourcePath, parsed: parseArticleFile(file, await readFile(file)) });
    } catch (error) {
      if (error instanceof ParseError) result.errors.push(formatInputError(shown, error.line, error.message));
      else result.errors.push(formatInputError(shown, 1, `cannot be read: ${(error as Error).message}`));
    }
  }
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

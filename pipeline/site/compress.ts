/**
 * Brotli and gzip twins (`page.html.br`, `page.html.gz`) of every text file of the built site, so the server
 * sends compressed bytes without compressing anything per request (scripts/server/site-handler.mjs; nginx's
 * `gzip_static`/`brotli_static` and Caddy's `precompressed` read the same files: docs/hosting.md).
 *
 * Incremental: an incremental build hard-links the previous build, twins included, and writes every file it
 * changes anew. So a file older than the build's start that has both twins keeps them (one stat), a file written
 * during the build gets new ones, and a twin whose file is gone is deleted.
 */
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { eachLimit, listTree, removeFile } from "../lib/tree";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files worth compressing: text, by extension. Images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|data|xml|svg|txt|webmanifest)$/;
/** Below this, headers outweigh any saving. */
export const MIN_BYTES = 512;
export const TWINS = [".br", ".gz"] as const;

/** Hashed assets are few, large and sent to every visitor: worth brotli's slowest, best setting. */
function brotliQuality(file: string): number {
  return file.startsWith("assets/") ? 11 : 5;
}

export interface CompressReport {
  files: number;
  written: number;
  kept: number;
  removed: number;
  /** Bytes of the files compressed in this run, before and after (brotli, gzip). */
  bytes: { raw: number; br: number; gz: number };
}

async function mtime(file: string): Promise<number | null> {
  return stat(file).then(
    (s) => s.mtimeMs,
    () => null,
  );
}

/**
 * `since`: when the build that owns `dir` started. A file changed since then gets new twins; an older file with
 * both twins keeps them (they were written after it, by the build that wrote it).
 */
export async function compressTree(dir: string, since: number, concurrency = 16): Promise<CompressReport> {
  const all = await listTree(dir);
  const present = new Set(all);
  const report: CompressReport = { files: 0, written: 0, kept: 0, removed: 0, bytes: { raw: 0, br: 0, gz: 0 } };

  const twins = all.filter((file) => TWINS.some((ext) => file.endsWith(ext)));
  for (const twin of twins) {
    const source = twin.slice(0, -3);
    if (!present.has(source) || !COMPRESSIBLE.test(source)) {
      await removeFile(dir, twin);
      present.delete(twin);
      report.removed += 1;
    }
  }

  const sources = all.filter((file) => COMPRESSIBLE.test(file));
  await eachLimit(sources, concurrency, async (file) => {
    const full = path.join(dir, file);
    report.files += 1;
    // Only a file that has both twins can be up to date (the listing says which do), and then only if it is older
    // than this run: whatever the build wrote is new, whatever it linked from the previous build kept its time.
    if (TWINS.every((ext) => present.has(file + ext))) {
      const own = await mtime(full);
      if (own !== null && own < since) {
        report.kept += 1;
        return;
      }
    }
    const data = await readFile(full);
    // A stale twin may be a hard link shared with the build being served: unlink it, never write into it.
    for (const ext of TWINS) if (present.has(file + ext)) await rm(full + ext, { force: true });
    // Too small to gain: no twin (and no stale one of an earlier, larger version).
    if (data.length < MIN_BYTES) return;
    const [brBytes, gzBytes] = await Promise.all([
      brotli(data, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        },
      }),
      gzip(data, { level: file.startsWith("assets/") ? 9 : 6 }),
    ]);
    // The build compresses its own staging copy, which nothing serves yet: plain writes, no temporary names.
    await writeFile(`${full}.br`, brBytes);
    await writeFile(`${full}.gz`, gzBytes);
    report.written += 1;
    report.bytes.raw += data.length;
    report.bytes.br += brBytes.length;
    report.bytes.gz += gzBytes.length;
  });
  return report;
}

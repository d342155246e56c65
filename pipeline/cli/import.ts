/**
 * `npm run import -- <url-or-file>... [--refresh] [--dry-run] [--no-ingest]`: articles from web pages, feeds
 * (RSS, Atom, JSON Feed) and OPML lists into the content folder (CONTENT_DIR, default content/) as Markdown, then
 * an incremental ingest. Feeds are remembered in feeds.yaml; `--refresh` polls them again.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { contentDir } from "../config";
import { createProgress } from "../ingest/progress";
import { IMPORT_DEFAULTS, ROBOTS_AGENT, USER_AGENT } from "../import/defaults";
import { createHostLimiter } from "../import/host-limiter";
import { createHttpClient } from "../import/http-client";
import { runImport } from "../import/run-import";

const USAGE = `usage: npm run import -- <url-or-opml-file>... [--refresh] [--dry-run] [--no-ingest]
  <url>        an article page, an RSS, Atom or JSON feed, or an OPML list (the kind is detected)
  <file>       a local OPML file (your feed reader's export)
  --refresh    poll every feed in <content>/feeds.yaml again (conditional GET)
  --dry-run    fetch and extract, print what would be written, write nothing
  --no-ingest  do not run the ingest afterwards`;

function runIngest(): Promise<number> {
  const script = fileURLToPath(new URL("ingest.ts", import.meta.url));
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", import.meta.resolve("tsx"), script], {
    stdio: "inherit",
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        refresh: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        "no-ingest": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0 && !values.refresh) {
    console.error(`import: nothing to import\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const dir = contentDir();
  const dryRun = values["dry-run"];
  const http = createHttpClient({
    userAgent: USER_AGENT,
    robotsAgent: ROBOTS_AGENT,
    timeoutMs: IMPORT_DEFAULTS.timeoutMs,
    maxBytes: IMPORT_DEFAULTS.maxBytes,
    limiter: createHostLimiter(IMPORT_DEFAULTS.minIntervalMs),
  });
  const report = await runImport({
    contentDir: dir,
    sources: positionals,
    refresh: values.refresh,
    dryRun,
    http,
    concurrency: IMPORT_DEFAULTS.concurrency,
    progress: (total) => createProgress("import", total, { minTotal: 5 }),
  });
  const shownDir = path.relative(process.cwd(), dir) || ".";
  if (dryRun) {
    for (const [verb, list] of [
      ["add", report.added],
      ["update", report.updated],
    ] as const) {
      for (const w of list) console.log(`would ${verb} ${path.join(shownDir, w.file)}  (${w.title})`);
    }
  }
  for (const failure of report.failed) console.error(`${failure.url}: ${failure.reason}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `import: ${report.added.length} added, ${report.updated.length} updated, ${report.unchanged} unchanged, ` +
      `${report.failed.length} failed; ${report.feeds} feed(s) polled` +
      (report.subscribed > 0
        ? ` (${report.subscribed} new${dryRun ? "" : ` in ${path.join(shownDir, "feeds.yaml")}`})`
        : "") +
      `, ${report.pages} page(s) tried, in ${seconds} s` +
      (dryRun ? " (dry run: nothing written)" : ""),
  );
  const nothingImported = report.added.length + report.updated.length + report.unchanged === 0;
  const code = report.failed.length > 0 && nothingImported ? 1 : 0;
  if (dryRun || values["no-ingest"]) return code;
  if (report.added.length + report.updated.length === 0) {
    console.log("import: no article added or changed, so no ingest");
    return code;
  }
  const ingestCode = await runIngest();
  return ingestCode !== 0 ? ingestCode : code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

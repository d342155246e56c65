/**
 * A child process of `npm run build` that renders one share of the pages (pipeline/site/render-pages.ts): the job,
 * as JSON, is in the file named by its argument. Rendering is synchronous, so the build runs one per core.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod/mini";
import { renderPages } from "./render-pages";

const jobSchema = z.object({
  serverEntry: z.string(),
  clientDir: z.string(),
  paths: z.array(z.string()),
  spaFallback: z.boolean(),
  concurrency: z.number(),
});

async function main(): Promise<void> {
  const [jobFile] = process.argv.slice(2);
  if (!jobFile) throw new Error("usage: render-worker <job.json>");
  const job = jobSchema.parse(JSON.parse(await readFile(jobFile, "utf8")));
  const written = await renderPages(job);
  console.log(`rendered ${written.length} file(s)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

/**
 * A child process of `npm run build` that renders one share of the pages (pipeline/site/render-pages.ts): the job,
 * as JSON, is in the file named by its first argument; what it rendered and read goes to the file named by its
 * second. Rendering is synchronous, so the build runs one per core.
 */
import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod/mini";
import { renderPages } from "./render-pages";

const jobSchema = z.object({
  serverEntry: z.string(),
  clientDir: z.string(),
  paths: z.array(z.string()),
  spaFallback: z.boolean(),
  concurrency: z.number(),
  previews: z.array(z.string()),
});

async function main(): Promise<void> {
  const [jobFile, resultFile] = process.argv.slice(2);
  if (!jobFile || !resultFile) throw new Error("usage: render-worker <job.json> <result.json>");
  const job = jobSchema.parse(JSON.parse(await readFile(jobFile, "utf8")));
  await writeFile(resultFile, JSON.stringify(await renderPages(job)));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

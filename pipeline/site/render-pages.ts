import path from "node:path";
import { loadPrerenderer } from "../../src/app/server/react-router-adapter";
import { eachLimit, writeAtomically } from "../lib/tree";

export interface RenderJob {
  /** The kept server bundle's entry (`<build>/lede-server/index.js`). */
  serverEntry: string;
  /** Where the files go: a build's `client/`. */
  clientDir: string;
  paths: readonly string[];
  /** Also write `__spa-fallback.html`. */
  spaFallback: boolean;
  /** Pages in flight at once: rendering is synchronous, this only overlaps file reads and writes. */
  concurrency: number;
  /** The articles with a preview image of their own (their pages point at it). */
  previews: readonly string[];
}

/** Key of the SPA fallback in a render's `reads` (it is not a page path). */
export const SPA_FALLBACK_KEY = "__spa-fallback";

export interface RenderResult {
  /** The files written, relative to `clientDir`. */
  written: string[];
  /** Per page path (and SPA_FALLBACK_KEY), the data files it read, relative to the data folder. */
  reads: Record<string, string[]>;
}

/** `/data/articles/a.json` → `articles/a.json`: the data folder's own names, as the build manifest keeps them. */
function dataFile(requestPath: string): string {
  return requestPath.replace(/^\/data\//, "");
}

/**
 * Renders `paths` with the server bundle an earlier `react-router build` of the same app left behind, writing
 * what React Router's own prerender writes for each (`<path>.data`, `<path>/index.html`) and, when asked, the SPA
 * fallback (src/app/server/react-router-adapter.ts). Throws on any page React Router would fail on.
 */
export async function renderPages(job: RenderJob): Promise<RenderResult> {
  const previews = new Set(job.previews);
  const prerenderer = await loadPrerenderer(job.serverEntry, job.paths, {
    hasOwnPreviewImage: (slug) => previews.has(slug),
  });
  const written: string[] = [];
  const reads: Record<string, string[]> = {};
  const write = async (relative: string, contents: string) => {
    // The target may be a hard link into the previous build (tree.ts): replaced, never written into.
    await writeAtomically(path.join(job.clientDir, ...relative.split("/")), contents);
    written.push(relative);
  };
  await eachLimit(job.paths, job.concurrency, async (pagePath) => {
    const page = await prerenderer.renderPage(pagePath);
    reads[pagePath] = page.reads.map(dataFile);
    for (const { file, contents } of page.files) await write(file, contents);
  });
  if (job.spaFallback) {
    const page = await prerenderer.renderSpaFallback();
    reads[SPA_FALLBACK_KEY] = page.reads.map(dataFile);
    for (const { file, contents } of page.files) await write(file, contents);
  }
  return { written, reads };
}

import type { z } from "zod/mini";
import { reportDataRead } from "./data-reads";

/** Thrown as a Response so route error boundaries see a 404 (isRouteErrorResponse), not a crash. */
function notFound(path: string): Response {
  return new Response(`Not found: ${path}`, { status: 404, statusText: "Not Found" });
}

export class DataLoadError extends Error {
  constructor(
    readonly path: string,
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(status === null ? `Could not load ${path}` : `Could not load ${path} (HTTP ${status})`, options);
    this.name = "DataLoadError";
  }
}

/** Files read and validated once per build process (see `shared`). */
const buildReads = new Map<string, Promise<unknown>>();

async function readBuildFile(path: string): Promise<unknown> {
  const { readFile } = await import("node:fs/promises");
  const text = await readFile(`public${path}`, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw error.code === "ENOENT" ? notFound(path) : new DataLoadError(path, null, { cause: error });
  });
  return JSON.parse(text);
}

export interface FetchOptions {
  /**
   * Build time: many pages read this same large file (the topic pages, the full index), so it is read and parsed
   * once per build process. Still reported for every page that asks, so each page's record is whole.
   */
  shared?: boolean;
}

/**
 * A data file's schema, loaded on demand: `() => import("../schema/article").then((m) => m.articleSchema)`. The
 * prerendered pages carry their data already validated, so nothing is parsed while a page hydrates; building the
 * data schemas at start-up was the largest part of evaluating a page's modules (decision 016), so they load with
 * the first file fetched instead. The schema modules stay out of the pages' static module graph as long as the app
 * imports them this way or for types only (src/schema/entity-id.ts holds what the app needs on every page).
 */
export type SchemaLoader<S extends z.ZodMiniType> = () => Promise<S>;

/**
 * Loads one bundled JSON file and validates it. In the browser it is fetched, while its schema loads alongside; while
 * prerendering at build time there is no server yet, so the same file is read from `public/` (where the pipeline
 * wrote it), and the read is reported to the build (src/lib/data-reads.ts).
 */
export async function fetchJson<S extends z.ZodMiniType>(
  path: string,
  loadSchema: SchemaLoader<S>,
  options: FetchOptions = {},
): Promise<z.infer<S>> {
  if (import.meta.env.SSR) {
    reportDataRead(path);
    const read = () => Promise.all([readBuildFile(path), loadSchema()]).then(([raw, schema]) => schema.parse(raw));
    if (!(options.shared && import.meta.env.PROD)) return read();
    let shared = buildReads.get(path);
    if (!shared) {
      shared = read();
      buildReads.set(path, shared);
    }
    return (await shared) as z.infer<S>;
  }
  const schema = loadSchema().catch((error: unknown) => {
    // The app's own chunk failed to load (offline with a cold cache, or a build replaced under the page).
    throw new DataLoadError(path, null, { cause: error });
  });
  // Awaited below; until then a failure must not count as unhandled if the fetch fails first.
  schema.catch(() => undefined);
  const response = await fetch(path, { headers: { Accept: "application/json" } }).catch((error: unknown) => {
    throw new DataLoadError(path, null, { cause: error });
  });
  if (response.status === 404) throw notFound(path);
  if (!response.ok) throw new DataLoadError(path, response.status);
  const raw: unknown = await response.json().catch((error: unknown) => {
    throw new DataLoadError(path, response.status, { cause: error });
  });
  return (await schema).parse(raw);
}

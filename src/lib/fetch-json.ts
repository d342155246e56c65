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
 * Loads one bundled JSON file and validates it. In the browser it is fetched; while prerendering at build time
 * there is no server yet, so the same file is read from `public/` (where the pipeline wrote it), and the read is
 * reported to the build (src/lib/data-reads.ts).
 */
export async function fetchJson<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  options: FetchOptions = {},
): Promise<z.infer<S>> {
  let raw: unknown;
  if (import.meta.env.SSR) {
    reportDataRead(path);
    if (options.shared && import.meta.env.PROD) {
      let read = buildReads.get(path);
      if (!read) buildReads.set(path, (read = readBuildFile(path).then((json) => schema.parse(json))));
      return (await read) as z.infer<S>;
    }
    raw = await readBuildFile(path);
  } else {
    const response = await fetch(path, { headers: { Accept: "application/json" } }).catch((error: unknown) => {
      throw new DataLoadError(path, null, { cause: error });
    });
    if (response.status === 404) throw notFound(path);
    if (!response.ok) throw new DataLoadError(path, response.status);
    raw = await response.json().catch((error: unknown) => {
      throw new DataLoadError(path, response.status, { cause: error });
    });
  }
  return schema.parse(raw);
}

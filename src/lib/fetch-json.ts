import type { z } from "zod/mini";

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

/**
 * Loads one bundled JSON file and validates it. In the browser it is fetched; while prerendering at build time
 * there is no server yet, so the same file is read from `public/` (where the pipeline wrote it).
 */
export async function fetchJson<S extends z.ZodMiniType>(path: string, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  if (import.meta.env.SSR) {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(`public${path}`, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw error.code === "ENOENT" ? notFound(path) : new DataLoadError(path, null, { cause: error });
    });
    raw = JSON.parse(text);
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

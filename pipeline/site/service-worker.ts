/**
 * The service worker the build publishes (decision 027): the bundled worker (service-worker-bundle.ts) with its
 * precache list written in. Pure, so the list's rules are tested without a build.
 *
 * The list holds this build's hashed assets (their names change with their bytes, so no revision) and the few
 * files every visit needs whose names do not change: the SPA shell, the manifest, the icons. Those are revised by
 * the app's hash rather than their bytes, so the worker changes only when the app does. The shell is rendered
 * again by every rebuild (it embeds the list's first screen, with a timestamp); revising it by its bytes would
 * publish a new worker, and prompt every open tab to reload, after each new article. Pages and data are never in
 * the list: the worker caches them when they are read.
 */

import { SPA_FALLBACK_FILE } from "../../src/app/server/react-router-adapter";

/** Written at the site's root, so its scope is the whole site. Not under /assets/: it must never be cached for long. */
export const SERVICE_WORKER_FILE = "sw.js";
/** Where a full build keeps the bundled worker, beside (not in) `client/`, for every later build to fill in. */
export const SERVICE_WORKER_TEMPLATE_DIR = "lede-sw";
/** What Workbox's `precacheAndRoute` is given in the source, replaced by the list. */
export const PRECACHE_PLACEHOLDER = "self.__WB_MANIFEST";
/** The unhashed files every visit needs, precached if the build has them (paths relative to `client/`). */
export const SHELL_FILES = [
  SPA_FALLBACK_FILE,
  "manifest.webmanifest",
  "icons/icon-192.png",
  "icons/icon-512.png",
] as const;

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** Twins and maps are never requested by name; everything else in `assets/` is. */
const isHashedAsset = (file: string) => /^assets\/[^/]+$/.test(file) && !/\.(br|gz|map)$/.test(file);

/** The precache list: `assets` (this build's own files, relative to `client/`) and the shell files present. */
export function precacheEntries({
  assets,
  shellFiles,
  appHash,
}: {
  assets: readonly string[];
  shellFiles: readonly string[];
  appHash: string;
}): PrecacheEntry[] {
  const hashed = [...new Set(assets.filter(isHashedAsset))].sort().map((file) => ({ url: `/${file}`, revision: null }));
  const shell = [...new Set(shellFiles)].sort().map((file) => ({ url: `/${file}`, revision: appHash }));
  return [...shell, ...hashed];
}

/** The worker's source with the list in place of the placeholder, which must appear exactly once. */
export function injectPrecache(template: string, entries: readonly PrecacheEntry[]): string {
  const parts = template.split(PRECACHE_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error(
      `the bundled service worker has ${parts.length - 1} "${PRECACHE_PLACEHOLDER}" where exactly one was expected`,
    );
  }
  return parts.join(JSON.stringify(entries));
}

import { readEnvVar } from "../lib/env";

/**
 * The `SITE_URL` setting: the site's origin without a trailing slash, or null when unset (then canonical URLs and
 * preview links are root-relative, and no sitemap is written). Throws an Error naming SITE_URL when it is malformed.
 * Read by vite.config.ts (which inlines it for the app) and by the publish step, so both agree.
 */
export function parseSiteUrl(raw: string | undefined): string | null {
  return readEnvVar("SITE_URL", { SITE_URL: raw });
}

/** An absolute URL when the site URL is known, else the root-relative path itself. */
export function siteHref(siteUrl: string | null, path: string): string {
  return `${siteUrl ?? ""}${path}`;
}

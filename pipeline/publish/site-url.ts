// The site's origin itself is the `SITE_URL` setting (pipeline/lib/env.ts), read by vite.config.ts (which inlines it
// for the app) and by the build, so both agree.

/** An absolute URL when the site URL is known, else the root-relative path itself. */
export function siteHref(siteUrl: string | null, path: string): string {
  return `${siteUrl ?? ""}${path}`;
}

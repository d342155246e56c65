import { z } from "zod";

const MESSAGE =
  "SITE_URL must be the site's origin, like https://news.example.org (http or https, no path, query or fragment)";

const siteUrlSchema = z.string().transform((value, ctx) => {
  const url = URL.canParse(value) ? new URL(value) : null;
  // The app is served from the root of its origin, so a path prefix would break every link it builds.
  const ok =
    url !== null &&
    (url.protocol === "https:" || url.protocol === "http:") &&
    url.username === "" &&
    url.password === "" &&
    url.pathname === "/" &&
    url.search === "" &&
    url.hash === "" &&
    !value.includes("?") &&
    !value.includes("#");
  if (!ok) {
    ctx.addIssue({ code: "custom", message: `${MESSAGE}; got "${value}"` });
    return z.NEVER;
  }
  return url.origin;
});

/**
 * The `SITE_URL` setting: the site's origin without a trailing slash, or null when unset (then canonical URLs and
 * preview links are root-relative, and no sitemap is written). Throws an Error naming SITE_URL when it is malformed.
 * Read by vite.config.ts (which inlines it for the app) and by the publish step, so both agree.
 */
export function parseSiteUrl(raw: string | undefined): string | null {
  const value = raw?.trim() ?? "";
  if (value === "") return null;
  const result = siteUrlSchema.safeParse(value);
  if (!result.success) throw new Error(result.error.issues[0]?.message ?? MESSAGE);
  return result.data;
}

/** An absolute URL when the site URL is known, else the root-relative path itself. */
export function siteHref(siteUrl: string | null, path: string): string {
  return `${siteUrl ?? ""}${path}`;
}

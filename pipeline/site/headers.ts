/**
 * The response headers the site needs, written as `_headers` (the format Netlify and Cloudflare Pages read, and
 * `npm start` too: scripts/server/headers-file.mjs), so every host sends the same policy (docs/hosting.md).
 *
 * The Content-Security-Policy allows scripts from the site itself and, by hash, the few inline scripts React
 * Router and Lede write into every page: `src/app/server/defer-scripts.ts` makes them the same text on every page of a
 * route, so one page of each route and the SPA shell are enough to know them all (decision 023).
 */
import { createHash } from "node:crypto";
import { DEFERRED_MODULE_TYPE } from "../../src/lib/script-types";
import { SERVICE_WORKER_FILE } from "./service-worker";

/** Script types a browser runs, plus Lede's inert module script, which the loader runs as an inline module. */
const RUN_TYPES = new Set(["", "text/javascript", "application/javascript", "module", DEFERRED_MODULE_TYPE]);

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const TYPE = /\btype\s*=\s*"([^"]*)"/i;
const SRC = /\bsrc\s*=/i;

/** `'sha256-…'` sources for every inline script a browser will run on this page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue;
    const type = (TYPE.exec(attributes)?.[1] ?? "").trim().toLowerCase();
    if (!RUN_TYPES.has(type)) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return hashes;
}

export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    "style-src 'self'",
    // data: for the favicon, which every page carries inline (decision 032).
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker and the search worker; the web app manifest (both are the default's already: said
    // outright so a later tightening of default-src cannot silently break installing or offline reading).
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Headers for every response, the long-lived caching of hashed assets, and revalidation of the service worker and
 * the manifest: their names never change, so a cached copy would hide a new build from every reader (decision 027).
 */
export function headersFile(policy: string): string {
  return [
    "# Written by `npm run build` (pipeline/site/headers.ts). Netlify and Cloudflare Pages read this file as it is;",
    "# docs/hosting.md has the same headers for nginx and Caddy.",
    "/*",
    `  Content-Security-Policy: ${policy}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  Cross-Origin-Opener-Policy: same-origin",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=()",
    "/assets/*",
    "  Cache-Control: public, max-age=31536000, immutable",
    `/${SERVICE_WORKER_FILE}`,
    "  Cache-Control: no-cache",
    "/manifest.webmanifest",
    "  Cache-Control: no-cache",
    "",
  ].join("\n");
}

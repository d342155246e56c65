// The request handler behind `npm start` (scripts/serve.ts): serves the current build of `<buildDir>/client` the
// way a static host would, and stays correct while `npm run build` swaps a new build in underneath it.
//
// - Every file is opened first and described from that open file (fstat), so a response is always one whole file
//   of one build, never a size from one and bytes from another. Nothing about the files is cached.
// - While the build folder is being swapped (the moment between the old one moving away and the new one moving
//   in), a lookup that finds no build waits briefly and tries again instead of answering 404.
// - Text files go out as the build's precompressed `.br` or `.gz` twin when the client accepts it
//   (pipeline/site/compress.ts writes them); ranges are served from the uncompressed file.
// - Headers come from the build's `_headers` file (pipeline/site/headers.ts), the same file static hosts read, so
//   `npm start` and a CDN send the same Content-Security-Policy.
// - A page path with no file gets the SPA shell: with status 200 and the page's own meta when the build lists it
//   (entity pages not prerendered: `lede-pages.json` beside `client/`), else with status 404.
import { open, readFile, stat } from "node:fs/promises";
import { constants } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream";
import { lookup } from "mrmime";
import parseRange from "range-parser";
import { parseHeadersFile, headersFor } from "./headers-file.mjs";

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";
const SWAP_RETRIES = 40;
const SWAP_WAIT_MS = 25;

/** Types mrmime does not know or gets wrong for Lede's files. */
const EXTRA_TYPES = {
  // React Router's single-fetch data (turbo-stream), as React Router's own server sends it.
  ".data": "text/x-script",
  ".webmanifest": "application/manifest+json",
};

export function contentType(file) {
  const base = path.basename(file);
  if (base === "feed.xml") return "application/atom+xml; charset=utf-8";
  const ext = path.extname(base).toLowerCase();
  const type = EXTRA_TYPES[ext] ?? lookup(ext) ?? "application/octet-stream";
  return /^(text\/|application\/(json|xml|javascript|manifest\+json|atom\+xml))|\+xml$|image\/svg\+xml/.test(type)
    ? `${type}; charset=utf-8`
    : type;
}

/**
 * Headers that mean something only to a document or a worker (what it may load, run, open or use). A stylesheet,
 * a data file, an image, a font or the manifest never becomes one, so they go without: the policy alone is about
 * 1 KB, sent again with every one of those responses, and on a slow connection the page's stylesheet shares the
 * first round trips with them (decision 032). Markup (HTML, SVG, XML) and scripts keep every header.
 */
const DOCUMENT_HEADERS = new Set(["content-security-policy", "cross-origin-opener-policy", "permissions-policy"]);
const NEVER_A_DOCUMENT = /^(text\/(css|plain|x-script)|application\/(json|manifest\+json)|image\/(?!svg)|font\/)/;

/** `headers` without the document-only ones when `type` never runs as a document or worker. */
export function headersForType(headers, type) {
  if (!NEVER_A_DOCUMENT.test(type)) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !DOCUMENT_HEADERS.has(name.toLowerCase())));
}

/** What the client accepts, best first: brotli, gzip (a `q=0` refuses one). */
export function acceptedEncodings(header) {
  if (!header) return [];
  const accepted = new Map();
  for (const part of String(header).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return [...(ok("br") ? [{ name: "br", ext: ".br" }] : []), ...(ok("gzip") ? [{ name: "gzip", ext: ".gz" }] : [])];
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The files a URL path may name, in the order a static host tries them, or null when the path may not be served:
 * anything with a segment starting with a dot, the build's `_headers`, or a path that does not decode.
 */
export function candidateFiles(pathname) {
  const decoded = safeDecode(pathname);
  if (decoded === null || decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.some((s) => s.startsWith("."))) return null;
  if (segments.length === 1 && segments[0] === "_headers") return null;
  const rel = segments.join("/");
  if (rel === "") return ["index.html"];
  if (decoded.endsWith("/")) return [`${rel}/index.html`];
  return [rel, `${rel}.html`, `${rel}/index.html`];
}

/** A page path (not data, assets or a file with an extension): one the SPA shell can render. */
function isPagePath(pathname) {
  return !pathname.startsWith("/data/") && !pathname.startsWith("/assets/") && !path.extname(pathname);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a regular file (never following a final symlink); null when there is none. */
async function openFile(file) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return null;
    }
    return { handle, info };
  } catch (error) {
    await handle?.close().catch(() => {});
    if (["ENOENT", "ENOTDIR", "ELOOP", "EISDIR", "ENAMETOOLONG"].includes(error.code)) return null;
    throw error;
  }
}

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

/**
 * Reads a small JSON or text file of the build only when it changed (by inode, size and mtime), so a rebuild is
 * picked up on the next request and an unchanged one costs a stat.
 */
function cachedRead(parseText) {
  let key = null;
  let value = null;
  return async (file) => {
    const info = await stat(file).catch(() => null);
    if (!info) return null;
    const next = `${info.ino}:${info.size}:${info.mtimeMs}`;
    if (next !== key) {
      const text = await readFile(file, "utf8").catch(() => null);
      if (text === null) return null;
      value = parseText(text, file);
      key = next;
    }
    return value;
  };
}

export function createSiteHandler({ buildDir, onError = (error) => console.error(`serve: ${error.message}`) }) {
  const clientDir = path.join(buildDir, "client");
  const readHeaders = cachedRead((text) => parseHeadersFile(text));
  const readPages = cachedRead((text, file) => {
    try {
      return JSON.parse(text);
    } catch {
      onError(new Error(`${file}: not valid JSON; pages not prerendered answer 404`));
      return null;
    }
  });

  /** Opens the first candidate that exists, waiting out a build swap when the whole build is missing. */
  async function openCandidate(candidates) {
    for (let attempt = 0; ; attempt++) {
      const before = await stat(clientDir).catch(() => null);
      for (const candidate of candidates) {
        const found = await openFile(path.join(clientDir, candidate));
        if (found) return { ...found, file: candidate };
      }
      // A miss counts only if one build was there the whole time: not during a swap, nor across one.
      const after = await stat(clientDir).catch(() => null);
      if ((before && after && before.ino === after.ino) || attempt >= SWAP_RETRIES) return null;
      await sleep(SWAP_WAIT_MS);
    }
  }

  /** The precompressed twin of an open file, when the client accepts it and it is not older than the file. */
  async function openEncoded(file, info, accepted) {
    for (const encoding of accepted) {
      const twin = await openFile(path.join(clientDir, file + encoding.ext));
      if (!twin) continue;
      if (twin.info.mtimeMs >= info.mtimeMs && twin.info.size < info.size) return { ...twin, encoding };
      await twin.handle.close();
    }
    return null;
  }

  async function siteHeaders(pathname) {
    const rules = await readHeaders(path.join(clientDir, "_headers"));
    return rules ? headersFor(rules, pathname) : {};
  }

  function send(req, res, status, headers, body) {
    res.writeHead(status, { ...headers, "Content-Length": Buffer.byteLength(body) });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  async function sendShell(req, res, pathname, base) {
    const shell = await openCandidate(["__spa-fallback.html", "index.html"]);
    if (!shell) {
      send(req, res, 404, { ...base, "Content-Type": "text/plain; charset=utf-8" }, "Not found\n");
      return;
    }
    let html;
    try {
      html = await shell.handle.readFile("utf8");
    } finally {
      await shell.handle.close();
    }
    const pages = await readPages(path.join(buildDir, "lede-pages.json"));
    const page = [pathname, safeDecode(pathname)].find((key) => key !== null && Object.hasOwn(pages?.pages ?? {}, key));
    const status = page ? 200 : 404;
    if (page && typeof pages.template === "string") {
      const [title, description] = pages.pages[page];
      const meta = pages.template
        .replaceAll("LEDE-PAGE-TITLE", escapeHtml(title))
        .replaceAll("LEDE-PAGE-DESCRIPTION", escapeHtml(description))
        .replaceAll("LEDE-PAGE-PATH", escapeHtml(page));
      html = html.replace("</head>", () => `${meta}</head>`);
    }
    send(req, res, status, { ...base, "Content-Type": "text/html; charset=utf-8", "Cache-Control": REVALIDATE }, html);
  }

  return async function handle(req, res) {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const pathname = url.pathname;
      const base = await siteHeaders(pathname);
      if (req.method !== "GET" && req.method !== "HEAD") {
        send(
          req,
          res,
          405,
          { ...base, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
          "Method not allowed\n",
        );
        return;
      }
      const candidates = candidateFiles(pathname);
      const found = candidates && (await openCandidate(candidates));
      if (!found) {
        if (candidates && isPagePath(pathname)) await sendShell(req, res, pathname, base);
        else send(req, res, 404, { ...base, "Content-Type": "text/plain; charset=utf-8" }, "Not found\n");
        return;
      }
      await sendFile(req, res, found, base, pathname);
    } catch (error) {
      onError(error);
      if (!res.headersSent) send(req, res, 500, { "Content-Type": "text/plain; charset=utf-8" }, "Server error\n");
      else res.destroy();
    }
  };

  async function sendFile(req, res, found, base, pathname) {
    const { handle, info, file } = found;
    let body = { handle, info };
    let twin = null;
    try {
      const rangeHeader = req.headers.range;
      if (!rangeHeader) {
        twin = await openEncoded(file, info, acceptedEncodings(req.headers["accept-encoding"]));
        if (twin) body = twin;
      }
      const etag = `"${info.ino.toString(36)}-${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${twin ? `-${twin.encoding.name}` : ""}"`;
      const type = contentType(file);
      const headers = {
        ...headersForType(base, type),
        "Content-Type": type,
        "Cache-Control": pathname.startsWith("/assets/") ? IMMUTABLE : REVALIDATE,
        "Last-Modified": info.mtime.toUTCString(),
        ETag: etag,
        "Accept-Ranges": "bytes",
        Vary: "Accept-Encoding",
        ...(twin ? { "Content-Encoding": twin.encoding.name } : {}),
      };
      const inm = req.headers["if-none-match"];
      if (inm && inm.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      let start = 0;
      let end = body.info.size - 1;
      let status = 200;
      if (rangeHeader && (!req.headers["if-range"] || req.headers["if-range"] === etag)) {
        // range-parser (jshttp): -1 unsatisfiable, -2 malformed (then the whole file, as if no Range was sent).
        const ranges = parseRange(info.size, rangeHeader, { combine: true });
        if (ranges === -1 && info.size > 0) {
          send(req, res, 416, { ...headers, "Content-Range": `bytes */${info.size}` }, "");
          return;
        }
        // One range is served as asked; several (rare, and never from a browser) as the whole file.
        if (Array.isArray(ranges) && ranges.type === "bytes" && ranges.length === 1) {
          ({ start, end } = ranges[0]);
          status = 206;
          headers["Content-Range"] = `bytes ${start}-${end}/${info.size}`;
        }
      }
      const length = body.info.size === 0 ? 0 : end - start + 1;
      res.writeHead(status, { ...headers, "Content-Length": length });
      if (req.method === "HEAD" || length === 0) {
        res.end();
        return;
      }
      const stream = body.handle.createReadStream({ start, end, autoClose: false });
      await new Promise((resolve) => {
        pipeline(stream, res, (error) => {
          // A client that goes away mid-response is not the server's problem.
          if (error && error.code !== "ERR_STREAM_PREMATURE_CLOSE") onError(error);
          resolve();
        });
      });
    } finally {
      await handle.close().catch(() => {});
      if (twin) await twin.handle.close().catch(() => {});
    }
  }
}

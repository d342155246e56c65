import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const FIXTURES = path.join(import.meta.dirname, "fixtures/site");

export interface Route {
  type: string;
  body: string;
  lastModified?: string;
}

export interface LoggedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
  at: number;
}

const file = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const html = (name: string): Route => ({ type: "text/html; charset=utf-8", body: file(name) });

/** The fixture site's pages and feeds, by path; `{{origin}}` in a body is replaced by the server's origin. */
export function fixtureRoutes(): Map<string, Route> {
  return new Map<string, Route>([
    ["/robots.txt", { type: "text/plain", body: file("robots.txt") }],
    ["/", html("index.html")],
    ["/login", html("login.html")],
    ["/news/harbour-reopens", html("harbour-reopens.html")],
    ["/news/council-budget", html("council-budget.html")],
    ["/transport/rail-strike", html("rail-strike.html")],
    ["/news/library-opens", html("library-opens.html")],
    ["/wire/harbour-copy", html("wire-copy.html")],
    [
      "/feeds/rss.xml",
      { type: "application/rss+xml", body: file("rss.xml"), lastModified: "Mon, 10 Mar 2025 09:00:00 GMT" },
    ],
    ["/transport/atom.xml", { type: "application/atom+xml", body: file("atom.xml") }],
    ["/feeds/feed.json", { type: "application/feed+json", body: file("feed.json") }],
    ["/feeds/subscriptions.opml", { type: "text/x-opml", body: file("subscriptions.opml") }],
  ]);
}

/**
 * The fixture site on loopback, port 0: every route with an ETag (and a Last-Modified where given) and 304s for
 * matching validators, plus the ways a site fails: a redirect, 404, 500, a response slower than any test timeout,
 * one larger than any test size limit, a redirect loop and a redirect off the web.
 */
export async function startFixtureServer(options: { slowMs?: number; hugeBytes?: number } = {}) {
  const { slowMs = 5000, hugeBytes = 3 * 1024 * 1024 } = options;
  const routes = fixtureRoutes();
  const log: LoggedRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    const record = (status: number) =>
      log.push({ path: url.pathname, headers: req.headers, status, at: performance.now() });
    const route = routes.get(url.pathname);
    if (route) {
      const body = route.body.replaceAll("{{origin}}", origin);
      const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
      const fresh =
        req.headers["if-none-match"] === etag ||
        (route.lastModified !== undefined && req.headers["if-modified-since"] === route.lastModified);
      const headers: Record<string, string> = { "content-type": route.type, etag };
      if (route.lastModified) headers["last-modified"] = route.lastModified;
      record(fresh ? 304 : 200);
      res.writeHead(fresh ? 304 : 200, headers).end(fresh ? undefined : body);
      return;
    }
    switch (url.pathname) {
      case "/old/library":
        record(301);
        res.writeHead(301, { location: "/news/library-opens" }).end();
        return;
      case "/loop":
        record(302);
        res.writeHead(302, { location: "/loop" }).end();
        return;
      case "/off-web":
        record(302);
        res.writeHead(302, { location: "ftp://fixture/file" }).end();
        return;
      case "/news/broken":
        record(500);
        res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
        return;
      case "/slow/story": {
        record(200);
        const timer = setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end("<p>late</p>"), slowMs);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "/huge/story": {
        // No Content-Length: the limit must hold while the body streams, not only from the header.
        record(200);
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = `<p>${"council papers ".repeat(4000)}</p>\n`;
        let sent = 0;
        const pump = () => {
          while (sent < hugeBytes) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => {});
        pump();
        return;
      }
      default:
        record(404);
        res.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    routes,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type FixtureServer = Awaited<ReturnType<typeof startFixtureServer>>;

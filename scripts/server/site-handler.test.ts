import { mkdtemp, mkdir, rm, utimes, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { swapIn } from "../../pipeline/lib/tree";
import { createSiteHandler } from "./site-handler.mjs";

let dir: string;
let buildDir: string;
let server: http.Server;
let base: string;
const errors: Error[] = [];

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request (no decompression, so the bytes on the wire are what is checked). */
function request(pathname: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request(`${base}${pathname}`, { method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function put(file: string, data: string | Buffer, root = path.join(buildDir, "client")) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), data);
}

const SHELL = "<!DOCTYPE html><html><head><title>Lede</title></head><body>Loading…</body></html>";

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "lede-serve-"));
  buildDir = path.join(dir, "build");
  await put("__spa-fallback.html", SHELL);
  await put("index.html", "<!DOCTYPE html><p>home</p>");
  await put("robots.txt", "User-agent: *\nAllow: /\n");
  server = http.createServer(createSiteHandler({ buildDir, onError: (error: Error) => errors.push(error) }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  errors.length = 0;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe("serving the build that is there now", () => {
  it("sends a file that grew after start-up whole, with its new length", async () => {
    await put("data/index.json", JSON.stringify({ articles: [] }));
    expect((await request("/data/index.json")).status).toBe(200);
    const bigger = JSON.stringify({ articles: Array.from({ length: 500 }, (_, i) => ({ slug: `article-${i}` })) });
    await put("data/index.json", bigger);
    const reply = await request("/data/index.json");
    expect(reply.headers["content-length"]).toBe(String(Buffer.byteLength(bigger)));
    expect(JSON.parse(reply.body.toString())).toEqual(JSON.parse(bigger));
  });

  it("serves pages added after start-up", async () => {
    expect((await request("/articles/new")).status).toBe(404);
    await put("articles/new/index.html", "<p>new</p>");
    const reply = await request("/articles/new");
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe("<p>new</p>");
  });

  it("answers 404 for a file removed after start-up, and keeps serving", async () => {
    expect((await request("/robots.txt")).status).toBe(200);
    await rm(path.join(buildDir, "client", "robots.txt"));
    expect((await request("/robots.txt")).status).toBe(404);
    expect((await request("/")).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it("keeps every response whole and the server up while builds are swapped in underneath it", async () => {
    // Several rebuilds, each a complete new build (as `npm run build` stages one) swapped in with its two renames,
    // the old one deleted in the background, while clients keep asking for pages and data.
    const payload = (version: number) =>
      JSON.stringify({ version, items: Array.from({ length: 4000 }, (_, i) => `item ${i} of build ${version}`) });
    await put("data/big.json", payload(0));
    const versions = 6;
    let swapping = true;
    const swaps = (async () => {
      for (let version = 1; version <= versions; version++) {
        const next = path.join(dir, `next-${version}`);
        await put("__spa-fallback.html", SHELL, path.join(next, "client"));
        await put("index.html", `<!DOCTYPE html><p>home ${version}</p>`, path.join(next, "client"));
        await put("data/big.json", payload(version), path.join(next, "client"));
        await put(`articles/only-in-${version}/index.html`, `<p>${version}</p>`, path.join(next, "client"));
        const old = await swapIn(next, buildDir, path.join(dir, `old-${version}`));
        if (old) void rm(old, { recursive: true, force: true });
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      swapping = false;
    })();
    let replies = 0;
    const client = async () => {
      while (swapping) {
        const [data, home] = await Promise.all([request("/data/big.json"), request("/")]);
        for (const reply of [data, home]) {
          expect(reply.status).toBe(200);
          expect(reply.body.length).toBe(Number(reply.headers["content-length"]));
        }
        expect(JSON.parse(data.body.toString()).items).toHaveLength(4000);
        expect(home.body.toString()).toMatch(/^<!DOCTYPE html><p>home( \d)?<\/p>$/);
        replies += 2;
      }
    };
    await Promise.all([swaps, ...Array.from({ length: 8 }, client)]);
    expect(replies).toBeGreaterThan(50);
    expect((await request(`/articles/only-in-${versions}`)).status).toBe(200);
    expect(errors).toEqual([]);
    // Real file system work: seconds on a busy machine.
  }, 30_000);
});

describe("what each response says", () => {
  it("answers 405, naming the allowed methods, for anything but GET and HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH"]) {
      const reply = await request("/", { method });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow).toBe("GET, HEAD");
    }
    const head = await request("/robots.txt", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe("23");
  });

  it("serves byte ranges as asked, including the last N bytes", async () => {
    const suffix = await request("/robots.txt", { headers: { Range: "bytes=-5" } });
    expect(suffix.status).toBe(206);
    expect(suffix.body.toString()).toBe("w: /\n");
    expect(suffix.headers["content-range"]).toBe("bytes 18-22/23");
    const middle = await request("/robots.txt", { headers: { Range: "bytes=0-9" } });
    expect(middle.body.toString()).toBe("User-agent");
    const beyond = await request("/robots.txt", { headers: { Range: "bytes=100-200" } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers["content-range"]).toBe("bytes */23");
  });

  it("gives every kind of file its type", async () => {
    await put("articles/a.data", "[1]");
    await put("feed.xml", "<feed/>");
    await put("topics/sport/feed.xml", "<feed/>");
    await put("assets/app-1.js", "export {}");
    expect((await request("/articles/a.data")).headers["content-type"]).toBe("text/x-script; charset=utf-8");
    expect((await request("/feed.xml")).headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect((await request("/topics/sport/feed.xml")).headers["content-type"]).toBe(
      "application/atom+xml; charset=utf-8",
    );
    expect((await request("/assets/app-1.js")).headers["content-type"]).toMatch(/^text\/javascript/);
    expect((await request("/robots.txt")).headers["content-type"]).toBe("text/plain; charset=utf-8");
  });

  it("caches hashed assets for good and has pages and data revalidated, with 304 for an unchanged file", async () => {
    await put("assets/app-1.js", "export {}");
    expect((await request("/assets/app-1.js")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await request("/");
    expect(page.headers["cache-control"]).toBe("no-cache");
    const again = await request("/", { headers: { "If-None-Match": String(page.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("applies the build's _headers file, and re-reads it when a build changes it", async () => {
    await put("_headers", "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n");
    let reply = await request("/");
    expect(reply.headers["content-security-policy"]).toBe("default-src 'self'");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect((await request("/nowhere")).headers["content-security-policy"]).toBe("default-src 'self'");
    await put("_headers", "/*\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n");
    reply = await request("/");
    expect(reply.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("sends the document-only headers with markup and scripts, and not with styles, data, images or fonts", async () => {
    await put(
      "_headers",
      "/*\n  Content-Security-Policy: default-src 'self'\n  Permissions-Policy: camera=()\n  X-Content-Type-Options: nosniff\n",
    );
    for (const [file, body] of [
      ["articles/x/index.html", "<!DOCTYPE html><p>x</p>"],
      ["assets/app-1.js", "export {}"],
      ["assets/worker-1.js", "self.onmessage = () => {}"],
      ["icon.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"],
      ["feed.xml", "<feed/>"],
      ["assets/root-1.css", "p{color:red}"],
      ["data/index.json", "{}"],
      ["articles/x.data", "[]"],
      ["icons/icon-192.png", "png"],
      ["manifest.webmanifest", "{}"],
    ] as const)
      await put(file, body);
    for (const pathname of ["/articles/x", "/assets/app-1.js", "/assets/worker-1.js", "/icon.svg", "/feed.xml"]) {
      const reply = await request(pathname);
      expect(reply.headers["content-security-policy"], pathname).toBe("default-src 'self'");
      expect(reply.headers["permissions-policy"], pathname).toBe("camera=()");
    }
    for (const pathname of [
      "/assets/root-1.css",
      "/data/index.json",
      "/articles/x.data",
      "/icons/icon-192.png",
      "/manifest.webmanifest",
    ]) {
      const reply = await request(pathname);
      expect(reply.status, pathname).toBe(200);
      expect(reply.headers["content-security-policy"], pathname).toBeUndefined();
      expect(reply.headers["permissions-policy"], pathname).toBeUndefined();
      expect(reply.headers["x-content-type-options"], pathname).toBe("nosniff");
    }
  });

  it("never serves dot files, the _headers file, or anything outside the build", async () => {
    await put(".data-staging-123/index.json", "{}");
    await put(".env", "SECRET=1");
    await put("_headers", "/*\n  X-Test: 1\n");
    await writeFile(path.join(buildDir, "lede-pages.json"), "{}");
    for (const pathname of [
      "/.data-staging-123/index.json",
      "/.env",
      "/_headers",
      "/%2e%2e/lede-pages.json",
      "/..%2flede-pages.json",
      "/data/%2e%2e/%2e%2e/lede-pages.json",
    ]) {
      const reply = await request(pathname);
      expect(reply.status, pathname).toBe(404);
      expect(reply.body.toString(), pathname).not.toMatch(/SECRET|X-Test|\{\}/);
    }
  });
});

describe("compressed twins", () => {
  const text = "<!DOCTYPE html>" + "<p>Lede reads the news.</p>".repeat(200);

  it("sends the brotli twin to a client that accepts it, gzip to one that takes only gzip, and the file otherwise", async () => {
    await put("articles/x/index.html", text);
    await put("articles/x/index.html.br", brotliCompressSync(text));
    await put("articles/x/index.html.gz", gzipSync(text));
    const br = await request("/articles/x", { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(br.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(br.body.length).toBeLessThan(text.length / 5);
    const gz = await request("/articles/x", { headers: { "Accept-Encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const none = await request("/articles/x", { headers: { "Accept-Encoding": "br;q=0, identity" } });
    expect(none.headers["content-encoding"]).toBeUndefined();
    expect(none.body.toString()).toBe(text);
    expect(new Set([br.headers.etag, gz.headers.etag, none.headers.etag]).size).toBe(3);
  });

  it("ignores a twin older than its file, and serves a range from the file itself", async () => {
    await put("articles/x/index.html.br", brotliCompressSync("<p>an older page</p>"));
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(buildDir, "client", "articles/x/index.html.br"), past, past);
    await put("articles/x/index.html", text);
    const reply = await request("/articles/x", { headers: { "Accept-Encoding": "br" } });
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.body.toString()).toBe(text);
    const range = await request("/articles/x", { headers: { "Accept-Encoding": "br", Range: "bytes=0-14" } });
    expect(range.body.toString()).toBe("<!DOCTYPE html>");
  });
});

describe("pages the build did not prerender", () => {
  it("answers 200 with the page's own title and preview tags when the build lists it, else 404", async () => {
    await writeFile(
      path.join(buildDir, "lede-pages.json"),
      JSON.stringify({
        version: 1,
        template:
          '<title>LEDE-PAGE-TITLE · Lede</title><meta name="description" content="LEDE-PAGE-DESCRIPTION"/><link rel="canonical" href="LEDE-PAGE-PATH"/>',
        pages: { "/entities/person:ada-<lovelace>": ["Ada <Lovelace>", 'Ada "the first" programmer'] },
      }),
    );
    const known = await request("/entities/person:ada-%3Clovelace%3E");
    expect(known.status).toBe(200);
    const html = known.body.toString();
    expect(html).toContain("<title>Ada &lt;Lovelace&gt; · Lede</title>");
    expect(html).toContain('content="Ada &quot;the first&quot; programmer"');
    expect(html).toContain('href="/entities/person:ada-&lt;lovelace&gt;"');
    expect(html).not.toContain("<Lovelace>");
    const unknown = await request("/entities/person:nobody");
    expect(unknown.status).toBe(404);
    expect(unknown.body.toString()).toBe(SHELL);
  });
});

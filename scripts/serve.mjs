// Serves the built site as static files, the way any static host or CDN would: prerendered pages as they are,
// and the SPA shell (with status 404) for any other page path, so the app renders its own not-found page.
import { readFileSync, existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";

const buildDir = process.env.LEDE_BUILD_DIR || "build";
const root = path.resolve(buildDir, "client");
const rawPort = process.env.PORT ?? "4173";
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: PORT must be a whole number from 0 to 65535, got "${rawPort}"`);
  process.exit(2);
}
const fallbackFile = ["__spa-fallback.html", "index.html"].map((f) => path.join(root, f)).find(existsSync);
if (!fallbackFile) {
  console.error(`serve: ${path.relative(process.cwd(), root)} holds no built site. Run \`npm run build\` first.`);
  process.exit(1);
}
const fallback = readFileSync(fallbackFile);

const files = sirv(root, {
  etag: true,
  extensions: ["html"],
  setHeaders(res, pathname) {
    if (pathname.endsWith("/feed.xml")) res.setHeader("Content-Type", "application/atom+xml; charset=utf-8");
    // Hashed assets never change; pages and data must be revalidated so a rebuild shows at once.
    res.setHeader(
      "Cache-Control",
      pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    );
  },
});

const server = http.createServer((req, res) => {
  files(req, res, () => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    const isPage = !pathname.startsWith("/data/") && !pathname.startsWith("/assets/") && !path.extname(pathname);
    if (isPage && (req.method === "GET" || req.method === "HEAD")) {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : fallback);
    } else {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found\n");
    }
  });
});

server.on("error", (error) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `serve: port ${port} is already in use; set PORT to another port (e.g. PORT=4180 npm start)`
      : `serve: ${error.message}`,
  );
  process.exit(1);
});

server.listen(port, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(
    `Lede is running at http://localhost:${actual}/  (serving ${path.relative(process.cwd(), root)}; Ctrl+C to stop)`,
  );
});

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));

// `npm run serve` (and the end of `npm start`): serves the built site as a static host or CDN would, headers and
// all, and keeps serving whole files while `npm run build` swaps in a new build (scripts/server/site-handler.mjs).
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { createSiteHandler } from "./server/site-handler.mjs";

const buildDir = path.resolve(process.env.LEDE_BUILD_DIR || "build");
const rawPort = process.env.PORT ?? "4173";
const port = Number(rawPort);
if (!/^\d+$/.test(rawPort.trim()) || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: PORT must be a whole number from 0 to 65535, got "${rawPort}"`);
  process.exit(2);
}
const shown = path.relative(process.cwd(), path.join(buildDir, "client")) || ".";
if (!["__spa-fallback.html", "index.html"].some((f) => existsSync(path.join(buildDir, "client", f)))) {
  console.error(`serve: ${shown} holds no built site. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = http.createServer(createSiteHandler({ buildDir }));

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
  console.log(`Lede is running at http://localhost:${actual}/  (serving ${shown}; Ctrl+C to stop)`);
});

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));

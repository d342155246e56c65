// `npm run serve` (and the end of `npm start`): serves the built site as a static host or CDN would, headers and
// all, and keeps serving whole files while `npm run build` swaps in a new build (scripts/server/site-handler.mjs).
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { readEnv } from "../pipeline/lib/env";
import { createSiteHandler } from "./server/site-handler.mjs";

let settings: { LEDE_BUILD_DIR: string; PORT: number };
try {
  settings = readEnv(["LEDE_BUILD_DIR", "PORT"]);
} catch (error) {
  console.error(`serve: ${(error as Error).message}`);
  process.exit(2);
}
const buildDir = path.resolve(settings.LEDE_BUILD_DIR);
const port = settings.PORT;
const shown = path.relative(process.cwd(), path.join(buildDir, "client")) || ".";
if (!["__spa-fallback.html", "index.html"].some((f) => existsSync(path.join(buildDir, "client", f)))) {
  console.error(`serve: ${shown} holds no built site. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = http.createServer(createSiteHandler({ buildDir }));

server.on("error", (error: NodeJS.ErrnoException) => {
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

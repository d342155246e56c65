import http from "node:http";
import path from "node:path";
import { createSiteHandler } from "../server/site-handler.mjs";

/** A build served as `npm start` serves it, on a free local port; resolves with the listening server. */
export function serveBuild(buildDir) {
  return new Promise((resolve) => {
    const server = http.createServer(createSiteHandler({ buildDir: path.resolve(buildDir) }));
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

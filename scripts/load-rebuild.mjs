// `npm run load:rebuild -- [--rebuilds 3] [--clients 16]`
//
// Rebuild-while-serving, for real: `npm start`'s server (scripts/serve.ts, as a child process) serves the
// current build while `npm run build` runs several times (full builds, LEDE_FULL_BUILD=1, so every file is
// replaced), and clients keep fetching pages, data files and assets the whole time. Every response must be
// complete (as many bytes as Content-Length said; decompressed when compressed) and valid (JSON parses, HTML ends
// with `</html>`), and the server must still be up at the end. Prints the counts; exits 1 on any failure.
// The unit test scripts/server/site-handler.test.ts checks the same with synthetic swaps on every `npm test`.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { readEnvVar } from "../pipeline/lib/env.ts";

const { values: args } = parseArgs({
  options: { rebuilds: { type: "string", default: "3" }, clients: { type: "string", default: "16" } },
});
const rebuilds = Number(args.rebuilds);
const clients = Number(args.clients);
const buildDir = path.resolve(readEnvVar("LEDE_BUILD_DIR"));
const client = path.join(buildDir, "client");

const index = JSON.parse(await readFile(path.join(client, "data/index.json"), "utf8"));
const home = await readFile(path.join(client, "index.html"), "utf8");
const assets = [...new Set([...home.matchAll(/\/assets\/[\w.-]+\.(?:js|css)/g)].map((m) => m[0]))];
const urls = [
  "/",
  "/entities",
  "/data/index.json",
  "/data/entities.json",
  "/feed.xml",
  ...index.articles.slice(0, 50).flatMap((a) => [`/articles/${a.slug}`, `/data/articles/${a.slug}.json`]),
];

const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
  env: { ...process.env, PORT: "0" },
  stdio: ["ignore", "pipe", "inherit"],
});
const base = await new Promise((resolve, reject) => {
  server.stdout.on("data", (chunk) => {
    const url = /http:\/\/localhost:\d+/.exec(chunk.toString())?.[0];
    if (url) resolve(url);
  });
  server.on("exit", (code) => reject(new Error(`the server exited with ${code}`)));
});

const tally = { ok: 0, failed: 0, byStatus: {} };
const failures = [];
function fail(url, reason) {
  tally.failed += 1;
  if (failures.length < 20) failures.push(`${url}: ${reason}`);
}

/** A raw GET (Node's fetch would decompress, hiding what came over the wire). */
function get(url, encoding) {
  return new Promise((resolve, reject) => {
    http
      .get(base + url, { headers: { "Accept-Encoding": encoding } }, (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, raw: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

async function check(url, encoding) {
  const { status, headers, raw } = await get(url, encoding);
  tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
  // Assets of the build before are kept by the next one, so nothing the page asked for should be missing.
  if (status !== 200) return fail(url, `status ${status}`);
  const length = Number(headers["content-length"]);
  if (raw.length !== length) return fail(url, `${raw.length} bytes of ${length}`);
  const coding = headers["content-encoding"];
  const body = (coding === "br" ? brotliDecompressSync(raw) : coding === "gzip" ? gunzipSync(raw) : raw).toString();
  const type = headers["content-type"] ?? "";
  if (type.startsWith("application/json")) JSON.parse(body);
  else if (type.startsWith("text/html") && !body.trimEnd().endsWith("</html>")) return fail(url, "HTML cut short");
  tally.ok += 1;
}

let building = true;
const started = performance.now();
const work = (async () => {
  for (let i = 1; i <= rebuilds; i++) {
    await new Promise((resolve, reject) => {
      const build = spawn("npm", ["run", "-s", "build"], {
        env: { ...process.env, LEDE_FULL_BUILD: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      });
      build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build ${i} exited with ${code}`))));
    });
    console.log(`rebuild ${i} of ${rebuilds} done after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  building = false;
})();

const encodings = ["br", "gzip", "identity"];
await Promise.all([
  work,
  ...Array.from({ length: clients }, async (_, c) => {
    let n = c;
    while (building) {
      const url = [...urls, ...assets][n++ % (urls.length + assets.length)];
      await check(url, encodings[n % 3]).catch((error) => fail(url, error.message));
    }
  }),
]);

const alive = await get("/", "identity").then(
  (r) => r.status === 200,
  () => false,
);
server.kill();
console.log(
  `${tally.ok + tally.failed} responses during ${rebuilds} full rebuild(s): ${tally.ok} complete and valid, ` +
    `${tally.failed} not (${JSON.stringify(tally.byStatus)}); server ${alive ? "still up" : "DOWN"}`,
);
for (const line of failures) console.log(`  ${line}`);
process.exit(tally.failed === 0 && alive ? 0 : 1);

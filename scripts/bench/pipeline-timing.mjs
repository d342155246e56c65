// Times the two commands a publisher runs, ingest then build, on a generated collection: once from scratch and
// once after editing one article, which is the loop an editor lives in.
import { spawn } from "node:child_process";
import { appendFile, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/** Preview images and the per-article ingest cache: both make a second run of the same collection warm. */
const CACHES = [path.resolve(".cache/og"), path.resolve(".cache/ingest")];

/** Runs an npm script under `nice` (other work shares the machine) and resolves with its wall-clock seconds. */
export function timeNpm(script, env) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("nice", ["npm", "run", "-s", script], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`npm run ${script} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

const exists = (p) =>
  stat(p).then(
    () => true,
    () => false,
  );

/**
 * Preview images and extracted articles are cached by content hash (.cache/og, .cache/ingest), so a second run of
 * the same collection would time a warm build. Set the repo's caches aside for a cold "full build", and put them
 * back afterwards.
 */
async function withColdCaches(run) {
  const had = [];
  for (const cache of CACHES) {
    if (await exists(cache)) {
      await rename(cache, `${cache}.bench-saved`);
      had.push(cache);
    }
  }
  try {
    return await run();
  } finally {
    for (const cache of CACHES) {
      await rm(cache, { recursive: true, force: true });
      if (had.includes(cache)) await rename(`${cache}.bench-saved`, cache);
    }
  }
}

/**
 * `npm run build` deletes the build it replaced in the background (`<build>.staging.old.<pid>`: tens of thousands
 * of files). Waits until that is done, so the measurements that follow are not taken alongside it.
 */
async function settled(buildDir, log) {
  const dir = path.dirname(path.resolve(buildDir));
  const prefix = `${path.basename(buildDir)}.staging.old.`;
  const started = performance.now();
  for (;;) {
    const left = (await readdir(dir)).filter((name) => name.startsWith(prefix));
    if (left.length === 0 || performance.now() - started > 180_000) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const waited = (performance.now() - started) / 1000;
  if (waited > 0.5) log(`waited ${waited.toFixed(1)} s for the replaced build to be deleted`);
}

/**
 * @returns {Promise<{ingest: number, build: number, full: number, reIngest: number, reBuild: number, rebuild: number}>}
 */
export async function timePipeline({ contentDir, buildDir, editedFile, log }) {
  const env = { CONTENT_DIR: contentDir, LEDE_BUILD_DIR: buildDir, SITE_URL: "" };
  return withColdCaches(async () => {
    await rm(buildDir, { recursive: true, force: true });
    log("ingest (full)");
    const ingest = await timeNpm("ingest", env);
    log(`build (full), ingest took ${ingest.toFixed(1)} s`);
    const build = await timeNpm("build", env);
    // One edit to a body paragraph: the headline, date and topics stay, so only that article's output changes.
    await appendFile(editedFile, "\nOfficials said on Tuesday that further details would follow next week.\n");
    log(`ingest after one change, build took ${build.toFixed(1)} s`);
    const reIngest = await timeNpm("ingest", env);
    log("build after one change");
    const reBuild = await timeNpm("build", env);
    await settled(buildDir, log);
    return { ingest, build, full: ingest + build, reIngest, reBuild, rebuild: reIngest + reBuild };
  });
}

/**
 * Bundles the service worker (src/features/offline/service-worker.ts, with Workbox's modules) into one classic
 * script, with Vite's build API: one file, no hash in its name, and the precache placeholder left for the build to
 * fill in (service-worker.ts). Run by a full build only; an incremental build reuses the kept bundle, since the
 * app, and so the worker, has not changed.
 */
import path from "node:path";
import { build } from "vite";
import { SERVICE_WORKER_FILE } from "./service-worker";

const SOURCE = "src/features/offline/service-worker.ts";

export async function bundleServiceWorker(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: "warn",
    publicDir: false,
    // Workbox logs in development builds only, by this test.
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      // A classic script: module workers are newer than the browsers Lede otherwise supports.
      lib: {
        entry: path.resolve(SOURCE),
        formats: ["iife"],
        name: "ledeServiceWorker",
        fileName: () => SERVICE_WORKER_FILE,
      },
    },
  });
}

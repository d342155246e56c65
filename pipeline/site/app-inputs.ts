import path from "node:path";
import { isPublishable, listTree } from "../lib/tree";

/**
 * Files that shape the app bundle or the way pages are rendered without being modules anyone imports. The modules
 * themselves are found by following imports (appInputs).
 */
export const APP_CONFIG_FILES = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.app.json",
  "tsconfig.node.json",
  "tsconfig.sw.json",
];

/**
 * The build's own entry points. Every local module they import, at any depth, is an input of the app: the Vite
 * and React Router configuration and what they import, and this build with its renderer.
 */
const BUILD_ENTRIES = [
  "vite.config.ts",
  "react-router.config.ts",
  "pipeline/cli/build.ts",
  "pipeline/site/render-worker.ts",
];

/**
 * Everything that shapes the app bundle or the way pages are chosen and rendered: a change to any of it means a
 * full build. Derived rather than listed: all of `src/` (Tailwind reads every file of it for class names, and the
 * routes are named by path, not imported), `public/` outside the data, the configuration files, and every local
 * module the build's entries import (esbuild follows the imports; packages are covered by package-lock.json).
 * Test files never reach the bundle and are left out.
 */
export async function appInputs(root: string): Promise<string[]> {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    outdir: ".cache/app-inputs",
    entryPoints: BUILD_ENTRIES,
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
    loader: { ".css": "empty" },
  });
  const modules = Object.keys(result.metafile.inputs).filter((file) => !file.includes("node_modules/"));
  const src = (await listTree(path.join(root, "src"))).map((file) => `src/${file}`);
  const publicFiles = (await listTree(path.join(root, "public")))
    .filter((file) => !file.startsWith("data/") && isPublishable(file))
    .map((file) => `public/${file}`);
  const all = new Set([...modules, ...src, ...publicFiles, ...APP_CONFIG_FILES]);
  return [...all].filter((file) => !/\.test\.tsx?$/.test(file)).sort();
}

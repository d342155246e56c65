import { spawnSync } from "node:child_process";
import { cp, mkdir, readFile, rm, symlink } from "node:fs/promises";
import path from "node:path";
import { listTree } from "../../lib/tree";
import { APP_CONFIG_FILES } from "../app-inputs";

/**
 * A copy of the project to build in, so that a test's ingest and builds never touch the working copy's
 * `public/data`, `.cache` or `build/`. Inside the project (`.cache/`), so the kept server bundle resolves
 * `node_modules` (linked, not copied).
 */
export interface Sandbox {
  root: string;
  content: string;
  /** Runs a command in the sandbox; throws with its output when it fails. */
  run(command: string, args: readonly string[], env?: Record<string, string>): string;
  ingest(): string;
  build(buildDir: string, env?: Record<string, string>): string;
  remove(): Promise<void>;
}

const FIXED_CLOCK = path.resolve(import.meta.dirname, "fixed-clock.mjs");

/** What an ingest and a build read: the app's configuration files, and the folders and configs beside them. */
const PROJECT_FILES = [
  ...APP_CONFIG_FILES,
  "src",
  "pipeline",
  "public",
  "models",
  "vite.config.ts",
  "react-router.config.ts",
];

export async function createSandbox(name: string, content: string): Promise<Sandbox> {
  const project = process.cwd();
  const root = path.join(project, ".cache", "sandbox", `${name}-${process.pid}`);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  for (const file of PROJECT_FILES) {
    await cp(path.join(project, file), path.join(root, file), {
      recursive: true,
      // The working copy's generated data is not the sandbox's.
      filter: (from) => !from.startsWith(path.join(project, "public", "data")),
    });
  }
  await symlink(path.join(project, "node_modules"), path.join(root, "node_modules"));
  const contentDir = path.join(root, "content");
  await cp(content, contentDir, { recursive: true, dereference: true });

  const run = (command: string, args: readonly string[], env: Record<string, string> = {}) => {
    const result = spawnSync(command, args, {
      cwd: root,
      env: { ...process.env, NODE_ENV: "", SITE_URL: "", NODE_OPTIONS: `--import=${FIXED_CLOCK}`, ...env },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${output}`);
    return output;
  };
  return {
    root,
    content: contentDir,
    run,
    ingest: () => run(process.execPath, ["--import", "tsx", "pipeline/cli/ingest.ts"], { CONTENT_DIR: contentDir }),
    build: (buildDir, env = {}) =>
      run(process.execPath, ["--import", "tsx", "pipeline/cli/build.ts"], { LEDE_BUILD_DIR: buildDir, ...env }),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** The files of two build trees that differ, and the files only one has. */
export async function compareTrees(
  left: string,
  right: string,
): Promise<{ differ: string[]; onlyLeft: string[]; onlyRight: string[]; compared: number }> {
  const leftFiles = await listTree(left);
  const rightFiles = new Set(await listTree(right));
  const differ: string[] = [];
  const onlyLeft: string[] = [];
  let compared = 0;
  for (const file of leftFiles) {
    if (!rightFiles.has(file)) {
      onlyLeft.push(file);
      continue;
    }
    rightFiles.delete(file);
    compared += 1;
    const [a, b] = await Promise.all([readFile(path.join(left, file)), readFile(path.join(right, file))]);
    if (!a.equals(b)) differ.push(file);
  }
  return { differ, onlyLeft, onlyRight: [...rightFiles].sort(), compared };
}

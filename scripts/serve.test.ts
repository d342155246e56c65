import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";

let child: ChildProcess | undefined;
let dir: string | undefined;

afterEach(async () => {
  child?.kill();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `npm run serve` as a user runs it, on a build of three files; resolves with its URL once it listens. */
async function startServer(): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), "lede-serve-cli-"));
  const client = path.join(dir, "build", "client");
  await mkdir(client, { recursive: true });
  await writeFile(path.join(client, "__spa-fallback.html"), "<!DOCTYPE html><p>shell</p>");
  await writeFile(path.join(client, "index.html"), "<!DOCTYPE html><p>home</p>");
  await writeFile(path.join(client, "robots.txt"), "User-agent: *\n");
  child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, PORT: "0", LEDE_BUILD_DIR: path.join(dir, "build") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    child?.stdout?.on("data", (chunk: Buffer) => {
      const url = /http:\/\/localhost:\d+\//.exec(chunk.toString())?.[0];
      if (url) resolve(url);
    });
    child?.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

it("survives a request for a file the build removed after start-up (it used to die of ENOENT)", async () => {
  const url = await startServer();
  expect((await fetch(`${url}robots.txt`)).status).toBe(200);
  await rm(path.join(dir as string, "build", "client", "robots.txt"));
  expect((await fetch(`${url}robots.txt`)).status).toBe(404);
  const home = await fetch(url);
  expect(home.status).toBe(200);
  expect(await home.text()).toBe("<!DOCTYPE html><p>home</p>");
  expect(child?.exitCode).toBeNull();
});

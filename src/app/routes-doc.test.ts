import { readFileSync } from "node:fs";
import { expect, it, vi } from "vitest";

// routes.ts calls React Router's route helpers, which need the framework's build context; record the calls instead.
vi.mock("@react-router/dev/routes", () => ({
  index: (file: string) => ({ path: "/", file }),
  route: (path: string, file: string) => ({ path: path === "*" ? "*" : `/${path}`, file }),
}));

it("docs/architecture.md's route table lists exactly the routes of routes.ts, with their files", async () => {
  const { default: routes } = (await import("./routes")) as unknown as { default: { path: string; file: string }[] };
  const doc = readFileSync("docs/architecture.md", "utf8");
  const rows = [...doc.matchAll(/^\| `([^`]+)` +\| `app\/([^`]+)` +\|/gm)].map(([, path, file]) => ({ path, file }));
  expect(rows).toEqual(routes.map(({ path, file }) => ({ path, file })));
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod/mini";
import { DataLoadError, fetchJson } from "./fetch-json";

const pointSchema = z.object({ x: z.number(), y: z.number() });

function respond(body: string, status = 200) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body, { status, headers: { "Content-Type": "application/json" } })),
  );
}

describe("fetchJson in the browser, with a schema that loads on demand", () => {
  beforeEach(() => {
    vi.stubEnv("SSR", false);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it("loads the schema only when a file is fetched, and returns the parsed data", async () => {
    const loadSchema = vi.fn(async () => pointSchema);
    respond('{"x":1,"y":2,"extra":true}');
    expect(loadSchema).not.toHaveBeenCalled();
    await expect(fetchJson("/data/point.json", loadSchema)).resolves.toEqual({ x: 1, y: 2 });
    expect(loadSchema).toHaveBeenCalledTimes(1);
  });

  it("rejects a file that does not match its schema, naming the field", async () => {
    respond('{"x":1,"y":"two"}');
    const error: unknown = await fetchJson("/data/point.json", async () => pointSchema).catch((e: unknown) => e);
    // The same error as before schemas loaded on demand: zod's, with the path and what was expected.
    expect(error).toBeInstanceOf(z.core.$ZodError);
    expect((error as z.core.$ZodError).issues).toEqual([
      expect.objectContaining({ path: ["y"], code: "invalid_type", expected: "number" }),
    ]);
  });

  it("rejects a body that is not JSON as a load error of that file", async () => {
    respond("<!doctype html>");
    await expect(fetchJson("/data/point.json", async () => pointSchema)).rejects.toThrow(
      new DataLoadError("/data/point.json", 200),
    );
  });

  it("answers a missing file with a 404 response, for the route's error boundary", async () => {
    respond("", 404);
    const error: unknown = await fetchJson("/data/gone.json", async () => pointSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Response);
    expect((error as Response).status).toBe(404);
  });

  it("reports a schema that fails to load as a load error of the file, with the cause", async () => {
    respond('{"x":1,"y":2}');
    const cause = new TypeError("Failed to fetch dynamically imported module");
    const error: unknown = await fetchJson("/data/point.json", () => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).message).toBe("Could not load /data/point.json");
    expect((error as DataLoadError).cause).toBe(cause);
  });

  it("reports a failed fetch, not the schema, when both fail", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("offline");
      }),
    );
    const error: unknown = await fetchJson("/data/point.json", () => Promise.reject(new Error("chunk"))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataLoadError);
    expect(((error as DataLoadError).cause as Error).message).toBe("offline");
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

import { expect, it } from "vitest";
import { getQueryClient } from "./query-client";

// This project runs in Node, as prerendering does.
it("gives every prerendered page a client of its own, so no page renders with another page's data", async () => {
  const first = getQueryClient();
  await first.fetchQuery({ queryKey: ["article", "a"], queryFn: () => "article a" });
  const second = getQueryClient();
  expect(second).not.toBe(first);
  expect(second.getQueryData(["article", "a"])).toBeUndefined();
});

import { hydrate, QueryClient } from "@tanstack/react-query";
import { expect, it } from "vitest";
import { getQueryClient, parseDehydrated, prefetchDehydrated } from "./query-client";

// This project runs in Node, as prerendering does.
it("gives every prerendered page a client of its own, so no page renders with another page's data", async () => {
  const first = getQueryClient();
  await first.fetchQuery({ queryKey: ["article", "a"], queryFn: () => "article a" });
  const second = getQueryClient();
  expect(second).not.toBe(first);
  expect(second.getQueryData(["article", "a"])).toBeUndefined();
});

it("embeds a page's data as JSON text that hydrates a client with the same data", async () => {
  const article = { slug: "a", title: 'A "quoted" title </script>', date: null, tags: [] as string[] };
  const { data, dehydratedState } = await prefetchDehydrated({ queryKey: ["article", "a"], queryFn: () => article });
  expect(data).toEqual(article);
  expect(typeof dehydratedState).toBe("string");
  const client = new QueryClient();
  hydrate(client, parseDehydrated(dehydratedState));
  expect(client.getQueryData(["article", "a"])).toEqual(article);
  expect(client.getQueryState(["article", "a"])?.status).toBe("success");
});

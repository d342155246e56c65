import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRoutesStub } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { EntityDetail } from "../../../schema/entity-detail";
import { entityDetailQuery } from "../api/entity-queries";
import { EntityCard } from "./entity-card";

const putin = {
  id: "person:vladimir-putin",
  name: "Vladimir Putin",
  type: "person",
  mentionCount: 2,
  salience: 12,
} as const;

function detail(slugs: string[]): EntityDetail {
  return {
    version: 1,
    entity: {
      ...putin,
      mentionCount: 9,
      articleCount: slugs.length,
      description: "President of Russia",
      wikidata: "Q7747",
    },
    articles: slugs.map((slug) => ({
      slug,
      title: `Title ${slug}`,
      date: null,
      source: null,
      mentionCount: 1,
      snippet: { text: "Putin said", start: 0, end: 5 },
    })),
    coMentions: [{ id: "organization:kremlin", name: "Kremlin", type: "organization", count: 3 }],
    timeline: [],
  };
}

function renderCard(data: EntityDetail | null, onClose = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (data) client.setQueryData(entityDetailQuery(putin.id).queryKey, data);
  const Stub = createRoutesStub([
    {
      path: "/",
      Component: () => <EntityCard entity={putin} currentSlug="here" headingId="card-heading" onClose={onClose} />,
    },
  ]);
  render(
    <QueryClientProvider client={client}>
      <Stub />
    </QueryClientProvider>,
  );
  return { onClose };
}

describe("EntityCard", () => {
  it("shows the entity, its description, its mentions here and the other articles that mention it", () => {
    renderCard(detail(["here", "a", "b", "c", "d"]));
    expect(screen.getByRole("heading", { name: "Vladimir Putin" })).toBeInTheDocument();
    expect(screen.getByText("President of Russia")).toBeInTheDocument();
    expect(screen.getByText(/Mentioned 2 times in this article\. In 4 other articles:/)).toBeInTheDocument();
    // Top 3 of the others, never the article being read.
    expect(screen.getAllByRole("link", { name: /^Title / }).map((a) => a.textContent)).toEqual([
      "Title a",
      "Title b",
      "Title c",
    ]);
    expect(screen.getByRole("link", { name: /Kremlin/ })).toHaveAttribute("href", "/entities/organization:kremlin");
    expect(screen.getByRole("link", { name: /All about Vladimir Putin/ })).toHaveAttribute(
      "href",
      "/entities/person:vladimir-putin",
    );
    expect(screen.getByRole("link", { name: /Wikidata/ })).toHaveAttribute(
      "href",
      "https://www.wikidata.org/wiki/Q7747",
    );
  });

  it("says when no other article mentions the entity", () => {
    renderCard(detail(["here"]));
    expect(screen.getByText(/No other article mentions it\./)).toBeInTheDocument();
  });

  it("says it is loading the collection while the entity's file is on its way, and closes on request", async () => {
    vi.stubGlobal("fetch", () => new Promise(() => {})); // the file never arrives during this test
    const { onClose } = renderCard(null);
    expect(screen.getByText(/Loading the collection/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});

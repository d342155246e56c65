import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRoutesStub, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "../../../schema/article";
import { parseListSearch } from "../search-params";
import { ArticleList } from "./article-list";
import { articleSummary } from "../../../test/factories";

const summary = (slug: string, topics: ArticleSummary["topics"], date: string | null = null) =>
  articleSummary(slug, {
    date,
    source: "The Paper",
    summary: `Summary of ${slug}.`,
    topics,
    readingMinutes: 2,
    wordCount: 400,
    entities: [{ id: "person:ada-lovelace", name: "Ada Lovelace", type: "person" }],
  });

const articles = [
  summary("one", ["sport"], "2024-05-01"),
  summary("two", ["politics", "economy-business-finance"]),
  summary("three", ["politics"]),
];

function renderList(url: string) {
  function List() {
    const location = useLocation();
    return (
      <>
        <div data-testid="url">{location.pathname + location.search}</div>
        <ArticleList articles={articles} search={parseListSearch(new URLSearchParams(location.search))} />
      </>
    );
  }
  const Stub = createRoutesStub([{ path: "/", Component: List }]);
  return render(<Stub initialEntries={[url]} />);
}

describe("ArticleList", () => {
  it("lists every article with its metadata and key entities, and each topic with its count", () => {
    renderList("/");
    expect(screen.getAllByRole("article")).toHaveLength(3);
    expect(screen.getByRole("link", { name: "Title one" })).toHaveAttribute("href", "/articles/one");
    expect(screen.getByText("1 May 2024")).toBeInTheDocument();
    expect(screen.getAllByRole("list", { name: "Key entities" })[0]).toHaveTextContent("Ada Lovelace");
    expect(screen.getByRole("checkbox", { name: "Politics 2" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Sport 1" })).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: /Health/ })).not.toBeInTheDocument();
  });

  it("choosing topics writes them to the URL and narrows the list; clearing leaves a clean URL", async () => {
    const user = userEvent.setup();
    renderList("/");
    await user.click(screen.getByRole("checkbox", { name: "Politics 2" }));
    expect(screen.getByTestId("url")).toHaveTextContent("/?topic=politics");
    expect(screen.getAllByRole("article")).toHaveLength(2);
    expect(screen.getByRole("status")).toHaveTextContent("Showing 2 of 3 articles");

    await user.click(screen.getByRole("checkbox", { name: "Sport 1" }));
    expect(screen.getByTestId("url")).toHaveTextContent("/?topic=politics&topic=sport");
    expect(screen.getAllByRole("article")).toHaveLength(3);

    await user.click(screen.getByRole("link", { name: "Clear filters" }));
    expect(screen.getByTestId("url")).toHaveTextContent(/^\/$/);
    expect(screen.getByRole("checkbox", { name: "Politics 2" })).not.toBeChecked();
  });

  it("opens with the URL's filter applied", () => {
    renderList("/?topic=economy-business-finance");
    expect(screen.getByRole("checkbox", { name: /Economy/ })).toBeChecked();
    expect(screen.getAllByRole("article")).toHaveLength(1);
  });

  it("keeps a chosen topic that no article has, so the reader can undo it", () => {
    renderList("/?topic=health");
    expect(screen.getByRole("checkbox", { name: "Health 0" })).toBeChecked();
    expect(screen.queryAllByRole("article")).toHaveLength(0);
    expect(screen.getByText(/No articles match these filters/)).toBeInTheDocument();
  });
});

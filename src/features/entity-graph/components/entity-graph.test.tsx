import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRoutesStub, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import type { EntityRef } from "../../../schema/entity";
import { graphView } from "../build-graph";
import { parseGraphSearch } from "../search-params";
import { EntityGraph } from "./entity-graph";
import { articleSummary } from "../../../test/factories";

const putin: EntityRef = { id: "person:vladimir-putin", name: "Vladimir Putin", type: "person" };
const russia: EntityRef = { id: "place:russia", name: "Russia", type: "place" };
const kremlin: EntityRef = { id: "organization:kremlin", name: "Kremlin", type: "organization" };
const ukraine: EntityRef = { id: "place:ukraine", name: "Ukraine", type: "place" };

const summary = (slug: string, entities: EntityRef[]) => articleSummary(slug, { entities });

const articles = [summary("a", [putin, russia, kremlin]), summary("b", [putin, russia]), summary("c", [ukraine])];

function renderGraph(url: string, listQuery = "", list = articles) {
  function Page() {
    const location = useLocation();
    const search = parseGraphSearch(new URLSearchParams(location.search));
    return (
      <>
        <div data-testid="url">{location.pathname + location.search}</div>
        <EntityGraph view={graphView(list, search)} search={search} listQuery={listQuery} />
      </>
    );
  }
  function EntityPage() {
    return <div data-testid="url">{useLocation().pathname}</div>;
  }
  const Stub = createRoutesStub([
    { path: "/entities", Component: Page },
    { path: "/entities/:id", Component: EntityPage },
  ]);
  return render(<Stub initialEntries={[url]} />);
}

describe("EntityGraph", () => {
  it("draws every entity as a link to its page, described by type, articles and connections", () => {
    renderGraph("/entities");
    // One graph per screen shape (phone and desktop); CSS shows one of them.
    const graphs = screen.getAllByRole("group", { name: /4 entities in 3 articles/ });
    expect(graphs).toHaveLength(2);
    const putinNode = within(graphs[0]!).getByRole("link", {
      name: "Vladimir Putin: person, 2 articles, 2 connections",
    });
    expect(putinNode).toHaveAttribute("href", "/entities/person:vladimir-putin");
    expect(within(graphs[0]!).getAllByRole("link")).toHaveLength(4);
    expect(within(graphs[0]!).getByRole("link", { name: /^Ukraine: place, 1 article, 0 connections$/ })).toBeVisible();
  });

  it("lists the same entities in a table with their type, articles and strongest connections", () => {
    renderGraph("/entities");
    const table = screen.getByRole("table", { name: /The graph as a table/ });
    const rows = within(table).getAllByRole("row").slice(1);
    // Most featured first; ties by name.
    expect(
      within(table)
        .getAllByRole("link")
        .map((cell) => cell.textContent),
    ).toEqual(["Russia", "Vladimir Putin", "Kremlin", "Ukraine"]);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ["Place", "2", "Vladimir Putin (2), Kremlin (1)"],
      ["Person", "2", "Russia (2), Kremlin (1)"],
      ["Organization", "1", "Russia (1), Vladimir Putin (1)"],
      ["Place", "1", "None among these entities"],
    ]);
    // The type shows in its own column, and under the name on a phone (CSS shows one).
    expect(within(table).getByRole("rowheader", { name: "Kremlin Organization" })).toBeInTheDocument();
    expect(within(table).getByRole("link", { name: "Kremlin" })).toHaveAttribute(
      "href",
      "/entities/organization:kremlin",
    );
  });

  it("filters by type through the URL, keeping the list's filter, and can show every type again", async () => {
    const user = userEvent.setup();
    renderGraph("/entities?topic=politics", "topic=politics");
    expect(screen.getByRole("checkbox", { name: "People 1" })).not.toBeChecked();
    await user.click(screen.getByRole("checkbox", { name: "Places 2" }));
    expect(screen.getByTestId("url")).toHaveTextContent("/entities?topic=politics&type=place");
    expect(screen.getByRole("checkbox", { name: "Places 2" })).toBeChecked();
    const table = screen.getByRole("table");
    expect(
      within(table)
        .getAllByRole("link")
        .map((cell) => cell.textContent),
    ).toEqual(["Russia", "Ukraine"]);

    await user.click(screen.getByRole("link", { name: "All types" }));
    expect(screen.getByTestId("url")).toHaveTextContent(/^\/entities\?topic=politics$/);
    expect(within(screen.getByRole("table")).getAllByRole("rowheader")).toHaveLength(4);
  });

  it("opens an entity's page from its node with Enter or Space", () => {
    renderGraph("/entities");
    const node = screen.getAllByRole("link", { name: /^Kremlin:/ })[0]!;
    fireEvent.keyDown(node, { key: " " });
    expect(screen.getByTestId("url")).toHaveTextContent("/entities/organization:kremlin");
  });

  it("says so when the filters leave no entities", () => {
    renderGraph("/entities?type=group");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByText(/No entities match these filters/)).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Groups 0" })).toBeChecked();
    expect(screen.getByRole("link", { name: "Show every entity" })).toHaveAttribute("href", "/entities");
  });
});

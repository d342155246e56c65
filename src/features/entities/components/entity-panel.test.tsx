import { render, screen, within } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import type { ArticleEntity } from "../../../schema/entity";
import { EntityPanel } from "./entity-panel";

const entities: ArticleEntity[] = [
  { id: "place:united-states", name: "United States", type: "place", mentionCount: 10, salience: 20 },
  { id: "person:vladimir-putin", name: "Vladimir Putin", type: "person", mentionCount: 2, salience: 12 },
  { id: "place:russia", name: "Russia", type: "place", mentionCount: 5, salience: 7 },
  { id: "date:friday", name: "Friday", type: "date", mentionCount: 1, salience: 3 },
];

function renderPanel(focusedId: string | null) {
  const Stub = createRoutesStub([
    {
      path: "/articles/:slug",
      Component: () => <EntityPanel slug="story" entities={entities} focusedId={focusedId} />,
    },
  ]);
  render(<Stub initialEntries={["/articles/story"]} />);
}

describe("EntityPanel", () => {
  it("groups entities by type in a fixed order, most salient first, each linking to its focused view", () => {
    renderPanel(null);
    const panel = screen.getByRole("navigation", { name: "In this article" });
    expect(
      within(panel)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["People", "Places", "Dates"]);
    const places = within(screen.getByRole("region", { name: "Places" })).getAllByRole("link");
    expect(places.map((a) => a.textContent)).toEqual(["United States10 mentions", "Russia5 mentions"]);
    expect(places[0]).toHaveAttribute("href", "/articles/story?entity=place:united-states");
    expect(screen.queryByRole("link", { name: "Clear focus" })).not.toBeInTheDocument();
  });

  it("marks the focused entity as current and offers to clear the focus", () => {
    renderPanel("person:vladimir-putin");
    expect(screen.getByRole("link", { name: /Vladimir Putin/ })).toHaveAttribute("aria-current", "true");
    expect(screen.getByRole("link", { name: /United States/ })).not.toHaveAttribute("aria-current");
    expect(screen.getByRole("link", { name: "Clear focus" })).toHaveAttribute("href", "/articles/story");
  });
});

import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ArticleEntity } from "../../../schema/entity";
import { EntityText } from "./entity-text";

const entities = new Map<string, ArticleEntity>([
  [
    "person:vladimir-putin",
    { id: "person:vladimir-putin", name: "Vladimir Putin", type: "person", mentionCount: 2, salience: 12 },
  ],
  [
    "organization:kremlin",
    { id: "organization:kremlin", name: "Kremlin", type: "organization", mentionCount: 1, salience: 1 },
  ],
]);

describe("EntityText", () => {
  it("renders each mention as a typed mark and keeps the text exactly", () => {
    const text = "Putin spoke at the Kremlin <b>today</b>.";
    render(
      <p>
        <EntityText
          text={text}
          entities={entities}
          mentions={[
            { start: 0, end: 5, entityId: "person:vladimir-putin" },
            { start: 19, end: 26, entityId: "organization:kremlin" },
          ]}
        />
      </p>,
    );
    // Every mark is a focusable control that opens a card.
    const marks = screen.getAllByRole("button");
    expect(marks.map((m) => [m.tagName, m.textContent, m.dataset.entityId, m.dataset.entityType])).toEqual([
      ["MARK", "Putin", "person:vladimir-putin", "person"],
      ["MARK", "Kremlin", "organization:kremlin", "organization"],
    ]);
    // A surname-only mention says who it is.
    expect(marks[0]).toHaveAttribute("aria-description", "Vladimir Putin");
    expect(marks[1]).not.toHaveAttribute("aria-description");
    expect(marks[0]).toHaveAttribute("tabindex", "0");
    // Text, never HTML: the tags in the text are shown as typed.
    expect(screen.getByRole("paragraph")).toHaveTextContent(text, { normalizeWhitespace: false });
  });

  it("emphasises the focused entity and renders hidden types as plain, unfocusable marks", () => {
    render(
      <p>
        <EntityText
          text="Putin spoke at the Kremlin"
          entities={entities}
          focusedId="organization:kremlin"
          hiddenTypes={["person"]}
          mentions={[
            { start: 0, end: 5, entityId: "person:vladimir-putin" },
            { start: 19, end: 26, entityId: "organization:kremlin" },
          ]}
        />
      </p>,
    );
    const putin = screen.getByText("Putin");
    expect(putin.tagName).toBe("MARK");
    expect(putin).toHaveAttribute("data-hidden");
    expect(putin).not.toHaveAttribute("tabindex");
    // Only the visible type is a control.
    expect(screen.getAllByRole("button")).toEqual([screen.getByText("Kremlin")]);
    expect(screen.getByText("Kremlin")).toHaveAttribute("data-focused");
  });

  it("leaves a mention of an unknown entity as plain text", () => {
    render(
      <p>
        <EntityText text="Nobody" entities={entities} mentions={[{ start: 0, end: 6, entityId: "person:nobody" }]} />
      </p>,
    );
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getByText("Nobody").tagName).not.toBe("MARK");
    expect(screen.getByRole("paragraph")).toHaveTextContent("Nobody");
  });
});

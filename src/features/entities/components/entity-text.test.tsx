import { render } from "@testing-library/react";
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
    const { container } = render(
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
    const marks = container.querySelectorAll("mark");
    expect([...marks].map((m) => [m.textContent, m.dataset.entityId, m.dataset.entityType])).toEqual([
      ["Putin", "person:vladimir-putin", "person"],
      ["Kremlin", "organization:kremlin", "organization"],
    ]);
    // A surname-only mention says who it is; every mark is a focusable control that opens a card.
    expect(marks[0]).toHaveAttribute("aria-description", "Vladimir Putin");
    expect(marks[1]).not.toHaveAttribute("aria-description");
    expect(marks[0]).toHaveAttribute("role", "button");
    expect(marks[0]).toHaveAttribute("tabindex", "0");
    expect(container.textContent).toBe(text);
    expect(container.querySelector("b")).toBeNull(); // text, never HTML
  });

  it("emphasises the focused entity and renders hidden types as plain, unfocusable marks", () => {
    const { container } = render(
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
    const [putin, kremlin] = container.querySelectorAll("mark");
    expect(putin).toHaveAttribute("data-hidden");
    expect(putin).not.toHaveAttribute("role");
    expect(putin).not.toHaveAttribute("tabindex");
    expect(kremlin).toHaveAttribute("data-focused");
  });

  it("leaves a mention of an unknown entity as plain text", () => {
    const { container } = render(
      <p>
        <EntityText text="Nobody" entities={entities} mentions={[{ start: 0, end: 6, entityId: "person:nobody" }]} />
      </p>,
    );
    expect(container.querySelector("mark")).toBeNull();
    expect(container.textContent).toBe("Nobody");
  });
});

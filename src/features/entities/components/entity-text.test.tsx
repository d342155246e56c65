import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ArticleEntity } from "../../../schema/entity";
import { EntityText } from "./entity-text";

const entities = new Map<string, ArticleEntity>([
  ["person:vladimir-putin", { id: "person:vladimir-putin", name: "Vladimir Putin", type: "person", mentionCount: 2 }],
  ["organization:kremlin", { id: "organization:kremlin", name: "Kremlin", type: "organization", mentionCount: 1 }],
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
    expect(marks[0]).toHaveAttribute("title", "Vladimir Putin");
    expect(container.textContent).toBe(text);
    expect(container.querySelector("b")).toBeNull(); // text, never HTML
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

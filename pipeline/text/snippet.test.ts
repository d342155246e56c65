import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snippetAround } from "./snippet";

describe("snippetAround", () => {
  it("keeps short text whole", () => {
    expect(snippetAround("Putin spoke.", 0, 5)).toEqual({ text: "Putin spoke.", start: 0, end: 5 });
  });

  it("cuts long text at word boundaries with ellipses, keeping the mention's offsets right", () => {
    const text = `${"alpha ".repeat(40)}Kremlin${" omega".repeat(40)}`;
    const at = text.indexOf("Kremlin");
    const s = snippetAround(text, at, at + 7, 30);
    expect(s.text.startsWith("…alpha")).toBe(true);
    expect(s.text.endsWith("omega…")).toBe(true);
    expect(s.text.slice(s.start, s.end)).toBe("Kremlin");
  });

  it("always locates the mention inside the snippet (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 120 }),
        (text, a, b, radius) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const s = snippetAround(text, start, end, radius);
          expect(s.text.slice(s.start, s.end)).toBe(text.slice(start, end));
        },
      ),
    );
  });
});

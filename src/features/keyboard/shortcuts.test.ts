import { describe, expect, it } from "vitest";
import { shortcutOf } from "./shortcuts";

const press = (key: string, target: EventTarget | null, modifiers: Partial<KeyboardEvent> = {}) =>
  shortcutOf({ key, target, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...modifiers });

describe("shortcutOf", () => {
  it("knows the single-key shortcuts on the page", () => {
    expect(["j", "k", "o", "/", "s", "m", "u", "?"].map((key) => press(key, document.body))).toEqual([
      "j",
      "k",
      "o",
      "/",
      "s",
      "m",
      "u",
      "?",
    ]);
    expect(press("x", document.body)).toBeNull();
  });

  it("stays silent while the reader types in a field or uses a modifier", () => {
    const input = document.createElement("input");
    const textarea = document.createElement("textarea");
    const editable = document.createElement("div");
    editable.setAttribute("contenteditable", "true");
    const inside = document.createElement("span");
    editable.append(inside);
    for (const target of [input, textarea, inside]) expect(press("j", target)).toBeNull();
    expect(press("j", document.body, { ctrlKey: true })).toBeNull();
    expect(press("s", document.body, { metaKey: true })).toBeNull();
  });
});

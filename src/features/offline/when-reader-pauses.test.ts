import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { whenReaderPauses } from "./when-reader-pauses";

const OPTIONS = { quietMs: 3000, maxWaitMs: 30_000 };
const press = () => window.dispatchEvent(new KeyboardEvent("keydown", { key: "j" }));
const click = () => window.dispatchEvent(new Event("pointerdown"));

function setVisibility(state: DocumentVisibilityState) {
  vi.spyOn(document, "visibilityState", "get").mockReturnValue(state);
  document.dispatchEvent(new Event("visibilitychange"));
}

beforeEach(() => {
  vi.useFakeTimers();
  // The idle callback runs at once here; what is under test is when it is asked for.
  vi.stubGlobal("requestIdleCallback", (callback: () => void) => callback());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("whenReaderPauses", () => {
  it("runs once the page has been left alone for the quiet time", () => {
    const run = vi.fn();
    whenReaderPauses(run, OPTIONS);
    vi.advanceTimersByTime(2999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60_000);
    click();
    vi.advanceTimersByTime(60_000);
    expect(run).toHaveBeenCalledOnce();
  });

  it("waits while the reader keeps clicking and pressing keys, and runs after the last one", () => {
    const run = vi.fn();
    whenReaderPauses(run, OPTIONS);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(1000);
      if (i % 2) click();
      else press();
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
  });

  it("runs at the latest after the longest wait, however busy the reader stays", () => {
    const run = vi.fn();
    whenReaderPauses(run, OPTIONS);
    for (let t = 0; t < 29_500; t += 500) {
      vi.advanceTimersByTime(500);
      click();
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledOnce();
  });

  it("runs at once when the page is hidden", () => {
    const run = vi.fn();
    whenReaderPauses(run, OPTIONS);
    vi.advanceTimersByTime(100);
    setVisibility("visible");
    expect(run).not.toHaveBeenCalled();
    setVisibility("hidden");
    expect(run).toHaveBeenCalledOnce();
  });

  it("can be cancelled", () => {
    const run = vi.fn();
    const cancel = whenReaderPauses(run, OPTIONS);
    cancel();
    setVisibility("hidden");
    vi.advanceTimersByTime(60_000);
    expect(run).not.toHaveBeenCalled();
  });
});

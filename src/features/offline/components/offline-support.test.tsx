import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setUpdateReady } from "../update-store";
import { OfflineSupport } from "./offline-support";

function goOffline(offline: boolean) {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(!offline);
  act(() => void window.dispatchEvent(new Event(offline ? "offline" : "online")));
}

afterEach(() => {
  vi.restoreAllMocks();
  act(() => setUpdateReady(null));
});

describe("OfflineSupport", () => {
  it("says so in a live region that is already in the page when the connection goes, and clears it when it returns", () => {
    render(<OfflineSupport />);
    const [offlineRegion] = screen.getAllByRole("status");
    expect(offlineRegion).toBeEmptyDOMElement();
    goOffline(true);
    expect(offlineRegion).toHaveTextContent("You are offline. Articles you have opened or saved can still be read.");
    goOffline(false);
    expect(offlineRegion).toBeEmptyDOMElement();
  });

  it("offers to reload when a new build is ready, and reloads through the worker only when asked", async () => {
    const reload = vi.fn();
    const user = userEvent.setup();
    render(<OfflineSupport />);
    expect(screen.queryByRole("button", { name: "Reload" })).not.toBeInTheDocument();
    act(() => setUpdateReady({ reload }));
    expect(screen.getByText("A new version of Lede is ready.")).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it("can be put off until the next new build", async () => {
    const user = userEvent.setup();
    render(<OfflineSupport />);
    act(() => setUpdateReady({ reload: () => {} }));
    await user.click(screen.getByRole("button", { name: "Not now" }));
    expect(screen.queryByText("A new version of Lede is ready.")).not.toBeInTheDocument();
    act(() => setUpdateReady({ reload: () => {} }));
    expect(screen.getByText("A new version of Lede is ready.")).toBeInTheDocument();
  });
});

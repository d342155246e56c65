import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ShareButton } from "./share-button";

afterEach(() => vi.unstubAllGlobals());

describe("ShareButton", () => {
  it("copies the current URL when the Web Share API is missing, and announces it", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, share: undefined, clipboard: { writeText } });
    render(<ShareButton />);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(""); // the live region is there before it speaks
    await userEvent.click(screen.getByRole("button", { name: "Share" }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(status).toHaveTextContent("Link copied");
  });

  it("uses the device's share sheet where there is one", async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    const writeText = vi.fn();
    vi.stubGlobal("navigator", { ...navigator, share, canShare: () => true, clipboard: { writeText } });
    render(<ShareButton />);
    await userEvent.click(screen.getByRole("button", { name: "Share" }));
    expect(share).toHaveBeenCalledWith({ url: window.location.href, title: document.title });
    expect(writeText).not.toHaveBeenCalled();
  });

  it("shows the link itself when it cannot be copied", async () => {
    vi.stubGlobal("navigator", {
      ...navigator,
      share: undefined,
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error("denied")) },
    });
    document.execCommand = vi.fn().mockReturnValue(false);
    render(<ShareButton />);
    await userEvent.click(screen.getByRole("button", { name: "Share" }));
    expect(screen.getByRole("status")).toHaveTextContent(`Could not copy. The link is: ${window.location.href}`);
  });
});

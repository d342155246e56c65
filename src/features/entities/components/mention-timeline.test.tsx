import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fillMonths, MentionTimeline } from "./mention-timeline";

describe("fillMonths", () => {
  it("fills quiet months with zero and shows at least a year ending at the last month", () => {
    const months = fillMonths([
      { period: "2024-02", mentions: 3 },
      { period: "2024-04", mentions: 1 },
    ]);
    expect(months).toHaveLength(12);
    expect(months[0]?.period).toBe("2023-05");
    expect(months.at(-1)).toEqual({ period: "2024-04", mentions: 1 });
    expect(months.find((m) => m.period === "2024-03")?.mentions).toBe(0);
  });

  it("spans longer histories whole, across year ends", () => {
    const months = fillMonths([
      { period: "2021-11", mentions: 1 },
      { period: "2023-01", mentions: 2 },
    ]);
    expect(months).toHaveLength(15);
    expect(months.map((m) => m.period).slice(0, 3)).toEqual(["2021-11", "2021-12", "2022-01"]);
  });
});

describe("MentionTimeline", () => {
  it("gives screen readers the figures as a table", () => {
    render(<MentionTimeline timeline={[{ period: "2024-06", mentions: 2 }]} />);
    const table = screen.getByRole("table", { name: "Mentions per month" });
    expect(within(table).getAllByRole("row")).toHaveLength(13);
    expect(within(table).getByRole("cell", { name: "Jun 2024" })).toBeInTheDocument();
  });

  it("says so when no article is dated", () => {
    render(<MentionTimeline timeline={[]} />);
    expect(screen.getByText("None of its articles is dated.")).toBeInTheDocument();
  });
});

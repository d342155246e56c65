import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatMonth, formatNumber } from "./format";

describe("formatting without Intl gives what Intl gives for en-GB", () => {
  it("dates (UTC)", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), (d) => {
        expect(formatDate(d.toISOString())).toBe(intl.format(d));
      }),
    );
  });

  it("months of a timeline", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
    for (let month = 1; month <= 12; month++) {
      const period = `2024-${String(month).padStart(2, "0")}`;
      expect(formatMonth(period)).toBe(intl.format(new Date(`${period}-01T00:00:00Z`)));
    }
  });

  it("numbers", () => {
    const intl = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 20 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatNumber(n)).toBe(intl.format(n));
      }),
    );
    expect(formatNumber(-1234567.5)).toBe("-1,234,567.5");
    expect(formatCount(1, "article")).toBe("1 article");
    expect(formatCount(12345, "mention")).toBe("12,345 mentions");
  });
});

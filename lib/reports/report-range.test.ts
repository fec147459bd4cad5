import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { daysOfRange, parseReportGrouping, parseReportRange } from "./report-range";

// 17:30 UTC on the 21st is already 01:30 on the 22nd in Shanghai.
const AT = new Date("2026-11-21T17:30:00Z");

function refusal(input: { from?: string; to?: string }): string | undefined {
  try {
    parseReportRange(input, AT);
    return undefined;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return `${error.code}:${error.field}`;
  }
}

describe("parseReportRange", () => {
  it("defaults to the last 30 Shanghai days, today included", () => {
    const range = parseReportRange({}, AT);
    expect(range).toMatchObject({ firstDay: "2026-10-24", lastDay: "2026-11-22", days: 30 });
    expect(range.from.toISOString()).toBe("2026-10-23T16:00:00.000Z");
    expect(range.to.toISOString()).toBe("2026-11-22T16:00:00.000Z");
    expect(daysOfRange(range)).toHaveLength(30);
  });

  it("takes both ends inclusive, and blank ends as missing", () => {
    const range = parseReportRange({ from: "2026-02-28", to: " 2026-03-01 " }, AT);
    expect(daysOfRange(range)).toEqual(["2026-02-28", "2026-03-01"]);
    expect(parseReportRange({ from: "", to: "" }, AT).days).toBe(30);
  });

  it("allows 366 days and refuses more, reversed ends and days that do not exist", () => {
    expect(parseReportRange({ from: "2024-01-01", to: "2024-12-31" }, AT).days).toBe(366);
    expect(refusal({ from: "2024-01-01", to: "2025-01-01" })).toBe("invalid_request:from");
    expect(refusal({ from: "2026-11-02", to: "2026-11-01" })).toBe("invalid_request:from");
    expect(refusal({ from: "2026-02-30" })).toBe("invalid_request:from");
    expect(refusal({ to: "22/11/2026" })).toBe("invalid_request:to");
  });
});

describe("parseReportGrouping", () => {
  it("knows day, bank and merchant and falls back to day", () => {
    expect(["day", "bank", "merchant", "fee", undefined].map(parseReportGrouping)).toEqual([
      "day",
      "bank",
      "merchant",
      "day",
      "day",
    ]);
  });
});

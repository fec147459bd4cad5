import { describe, expect, it } from "vitest";
import { feeFor, formatCny, parseYuan } from "./money";

describe("parseYuan", () => {
  it.each([
    ["12.50", 1250n],
    ["12", 1200n],
    ["0.01", 1n],
    ["¥1,234.5", 123450n],
    [" 7.05 ", 705n],
  ])("parses %s", (input, minor) => {
    expect(parseYuan(input)).toEqual({ ok: true, minor });
  });

  it("refuses more than two decimals as a precision error", () => {
    expect(parseYuan("1.005")).toEqual({ ok: false, reason: "precision" });
  });

  it.each(["", "abc", "-1", "1e3", "1.2.3", ".5"])("refuses %s as malformed", (input) => {
    expect(parseYuan(input)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("formatCny and feeFor", () => {
  it("formats fen as yuan with separators", () => {
    expect(formatCny(123456789n)).toBe("¥1,234,567.89");
    expect(formatCny(-5n)).toBe("-¥0.05");
  });

  it("rounds the fee half up to the fen", () => {
    expect(feeFor(1999n, 60)).toBe(12n); // 11.994 → 12
    expect(feeFor(100n, 60)).toBe(1n); // 0.6 → 1
    expect(feeFor(83n, 60)).toBe(0n); // 0.498 → 0
  });
});

import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { daysOf, parseStatementDate, parseStatementMonth, shanghaiMonth } from "./statement-period";

// 2026-03-10 09:30 in Shanghai.
const AT = new Date("2026-03-10T01:30:00.000Z");

function refusal(run: () => unknown): { code: string; field: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error("not refused");
}

describe("statement dates", () => {
  it("covers the Shanghai day: from 16:00 UTC the day before to 16:00 UTC that day", () => {
    const period = parseStatementDate("2026-03-01", AT);
    expect(period.from.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(period.to.toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(daysOf(period)).toEqual(["2026-03-01"]);
  });

  it("accepts today (it may still grow) but refuses a day that has not begun in Shanghai", () => {
    expect(parseStatementDate("2026-03-10", AT).firstDay).toBe("2026-03-10");
    expect(refusal(() => parseStatementDate("2026-03-11", AT))).toEqual({
      code: "invalid_request",
      field: "date",
    });
    // 16:00 UTC on the 10th is already the 11th in Shanghai.
    expect(parseStatementDate("2026-03-11", new Date("2026-03-10T16:00:00.000Z")).firstDay).toBe(
      "2026-03-11",
    );
  });

  it("refuses anything but a real YYYY-MM-DD calendar day, naming the field", () => {
    for (const text of ["2026-02-30", "2026-3-1", "20260301", "2026-03-01T00:00", "", "0000-01-01"]) {
      expect(refusal(() => parseStatementDate(text, AT))).toEqual({ code: "invalid_request", field: "date" });
    }
  });
});

describe("statement months", () => {
  it("lists every day of a past month, leap years included", () => {
    const period = parseStatementMonth("2024-02", AT);
    expect(daysOf(period)).toHaveLength(29);
    expect(period.from.toISOString()).toBe("2024-01-31T16:00:00.000Z");
    expect(period.to.toISOString()).toBe("2024-02-29T16:00:00.000Z");
    expect(daysOf(parseStatementMonth("2025-12", AT)).at(-1)).toBe("2025-12-31");
  });

  it("stops the current month at today and refuses later months", () => {
    expect(shanghaiMonth(AT)).toBe("2026-03");
    expect(daysOf(parseStatementMonth("2026-03", AT))).toHaveLength(10);
    expect(refusal(() => parseStatementMonth("2026-04", AT))).toEqual({
      code: "invalid_request",
      field: "month",
    });
    for (const text of ["2026-13", "2026-3", "March"]) {
      expect(refusal(() => parseStatementMonth(text, AT)).field).toBe("month");
    }
  });
});

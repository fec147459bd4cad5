import { describe, expect, it } from "vitest";
import { addDays, isCalendarDay, shanghaiDay, startOfShanghaiDay } from "./shanghai-day";

describe("Shanghai days", () => {
  it("puts an instant on its Shanghai calendar day, which starts at 16:00 UTC the day before", () => {
    expect(shanghaiDay(new Date("2026-11-21T15:59:59.999Z"))).toBe("2026-11-21");
    expect(shanghaiDay(new Date("2026-11-21T16:00:00.000Z"))).toBe("2026-11-22");
    expect(startOfShanghaiDay("2026-11-22").toISOString()).toBe("2026-11-21T16:00:00.000Z");
  });

  it("accepts only real calendar days and steps across month and year ends", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("2026-2-3")).toBe(false);
    expect(() => startOfShanghaiDay("yesterday")).toThrow(RangeError);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

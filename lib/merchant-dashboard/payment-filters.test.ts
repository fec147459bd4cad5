import { describe, expect, it } from "vitest";
import { parseNotificationFilters } from "./notification-filters";
import { parsePaymentFilters } from "./payment-filters";

describe("parsePaymentFilters", () => {
  it("reads the list's query string into a payments filter, dates as whole Shanghai days", () => {
    const parsed = parsePaymentFilters({
      q: " ORDER-1 ",
      status: "succeeded",
      method: "bank_card",
      from: "2026-11-20",
      to: "2026-11-21",
      cursor: "pay_01jd0000000000000000000000",
    });
    expect(parsed.invalid).toEqual([]);
    expect(parsed.filter).toEqual({
      orderIdPrefix: "ORDER-1",
      status: "SUCCEEDED",
      method: "BANK_CARD",
      from: new Date("2026-11-19T16:00:00.000Z"),
      to: new Date("2026-11-21T16:00:00.000Z"),
    });
    expect(parsed.query).toEqual({
      q: "ORDER-1",
      status: "succeeded",
      method: "bank_card",
      from: "2026-11-20",
      to: "2026-11-21",
    });
    expect(parsed.cursor).toBe("pay_01jd0000000000000000000000");
  });

  it("ignores blank fields and reports the ones it cannot understand", () => {
    const parsed = parsePaymentFilters({
      q: "a b%",
      status: "paid",
      method: ["wallet", "bank_card"],
      from: "2026-11-22",
      to: "2026-11-21",
      cursor: "'; drop table",
    });
    expect(parsed.invalid).toEqual(["q", "status", "to"]);
    expect(parsed.filter).toEqual({ method: "WALLET", from: new Date("2026-11-21T16:00:00.000Z") });
    expect(parsed.cursor).toBeNull();
    expect(parsePaymentFilters({ q: "", status: "  " })).toMatchObject({ filter: {}, invalid: [] });
  });
});

describe("parseNotificationFilters", () => {
  it("reads a status and a cursor, ignoring an unknown status", () => {
    expect(parseNotificationFilters({ status: "failed" })).toMatchObject({
      status: "FAILED",
      query: { status: "failed" },
      invalid: [],
    });
    expect(parseNotificationFilters({ status: "lost" })).toMatchObject({
      status: undefined,
      invalid: ["status"],
    });
  });
});

import { describe, expect, it } from "vitest";
import { refundRefusal, REFUND_WINDOW_MS } from "./refund-rules";

const paidAt = new Date("2026-08-01T00:00:00.000Z");
const paid = { status: "SUCCEEDED" as const, paidAt, amount: 1_000n, amountRefunded: 400n };

describe("refundRefusal", () => {
  it("allows up to what is left, up to the last millisecond of 90 × 24 hours", () => {
    expect(refundRefusal(paid, 600n, new Date(paidAt.getTime() + REFUND_WINDOW_MS))).toBeNull();
  });

  it("refuses one millisecond later, more than is left, and unpaid payments, in the API's order", () => {
    const late = new Date(paidAt.getTime() + REFUND_WINDOW_MS + 1);
    expect(refundRefusal(paid, 1n, late)).toBe("refund_window_expired");
    expect(refundRefusal(paid, 601n, paidAt)).toBe("amount_exceeds_refundable");
    expect(refundRefusal({ ...paid, status: "PENDING", paidAt: null }, 1n, paidAt)).toBe(
      "payment_not_refundable",
    );
    expect(refundRefusal(paid, 601n, late)).toBe("refund_window_expired");
  });
});

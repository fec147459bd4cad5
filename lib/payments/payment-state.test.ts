import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PaymentStatus } from "@/generated/prisma/client";
import { assertPayable, assertTransition, canTransition, isDueToExpire, isFinal } from "./payment-state";

const STATUSES: PaymentStatus[] = ["PENDING", "SUCCEEDED", "FAILED", "EXPIRED", "CLOSED"];

describe("payment state machine", () => {
  it("lets a payment leave PENDING for each final status, and nothing leave a final status", () => {
    for (const to of STATUSES) expect(canTransition("PENDING", to)).toBe(to !== "PENDING");
    for (const from of STATUSES.filter((s) => s !== "PENDING")) {
      expect(isFinal(from)).toBe(true);
      for (const to of STATUSES) expect(canTransition(from, to)).toBe(false);
      expect(() => assertTransition(from, "SUCCEEDED")).toThrow();
    }
  });

  it("reaches SUCCEEDED at most once along any sequence of transitions", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES), { maxLength: 20 }), (targets) => {
        let status: PaymentStatus = "PENDING";
        let successes = 0;
        for (const to of targets) {
          if (canTransition(status, to)) {
            status = to;
            if (to === "SUCCEEDED") successes++;
          }
        }
        return successes <= 1;
      }),
    );
  });

  it("expires at expiresAt, or at the end of the grace with an unanswered attempt", () => {
    const payment = { status: "PENDING" as const, expiresAt: new Date(1_000_000) };
    expect(isDueToExpire(payment, false, new Date(999_999))).toBe(false);
    expect(isDueToExpire(payment, false, new Date(1_000_000))).toBe(true);
    expect(isDueToExpire(payment, true, new Date(1_000_000))).toBe(false);
    expect(isDueToExpire(payment, true, new Date(1_000_000 + 30 * 60_000))).toBe(true);
    expect(isDueToExpire({ ...payment, status: "SUCCEEDED" }, false, new Date(9e12))).toBe(false);
  });

  it("is payable only while pending and before expiresAt", () => {
    const expiresAt = new Date(1_000_000);
    expect(() => assertPayable({ status: "PENDING", expiresAt }, new Date(999_999))).not.toThrow();
    expect(() => assertPayable({ status: "PENDING", expiresAt }, new Date(1_000_000))).toThrow();
    expect(() => assertPayable({ status: "CLOSED", expiresAt }, new Date(0))).toThrow();
  });
});

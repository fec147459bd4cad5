import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { completeAttempt } from "@/lib/payments";
import { bankAttempt, paidPayment, pendingPayment } from "@/lib/payments/testing";
import { reverseByReconciliation } from "@/lib/statements/testing";
import { getDailyVolume } from "./get-daily-volume";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await db.$disconnect();
});

/** Runs `work` with the clock at `iso` (payments take createdAt and paidAt from the clock). */
async function at<T>(iso: string, work: () => Promise<T>): Promise<T> {
  setClockOffset(Date.parse(iso) - Date.now());
  try {
    return await work();
  } finally {
    setClockOffset(0);
  }
}

describe("getDailyVolume", () => {
  it("sums succeeded payments per Shanghai day over the last 14 days, every day present", async () => {
    const id = merchant.merchantId;
    // 23:59:55 on the 14th in Shanghai is still the 14th; midnight +08:00 is already the 15th.
    await at("2030-03-14T23:59:55+08:00", () => paidPayment(id, { amount: 1_000n }));
    await at("2030-03-15T00:00:00+08:00", () => paidPayment(id, { amount: 2_000n }));
    await at("2030-03-15T10:00:00+08:00", () => paidPayment(id, { amount: 300n }));
    // The first day of the window, and the moment just before it.
    await at("2030-03-02T00:00:00+08:00", () => paidPayment(id, { amount: 50n }));
    await at("2030-03-01T23:59:55+08:00", () => paidPayment(id, { amount: 7n }));
    // Created long before the window, paid inside it: counts on the day it was paid.
    const early = await at("2030-02-25T12:00:00+08:00", () =>
      pendingPayment(id, { amount: 400n, expiresAt: new Date("2030-03-20T00:00:00+08:00") }),
    );
    await at("2030-03-10T09:00:00+08:00", async () => {
      const attempt = await bankAttempt(early);
      await completeAttempt(db, {
        attemptId: attempt.id,
        outcome: "approved",
        bankTxnId: newId("txn"),
        amount: early.amount,
      });
    });
    // Not counted: a payment still pending, tomorrow's payment, another merchant's payment.
    await at("2030-03-15T11:00:00+08:00", () => pendingPayment(id, { amount: 90_000n }));
    await at("2030-03-16T00:00:01+08:00", () => paidPayment(id, { amount: 80_000n }));
    const other = await createTestMerchant();
    await at("2030-03-15T11:00:00+08:00", () => paidPayment(other.merchantId, { amount: 70_000n }));

    const volume = await getDailyVolume(db, id, { at: new Date("2030-03-15T23:00:00+08:00") });
    expect(volume).toHaveLength(14);
    expect(volume[0]?.day).toBe("2030-03-02");
    expect(volume.at(-1)?.day).toBe("2030-03-15");
    const nonZero = volume.filter((d) => d.count > 0).map((d) => [d.day, d.amount, d.count]);
    expect(nonZero).toEqual([
      ["2030-03-02", 50n, 1],
      ["2030-03-10", 400n, 1],
      ["2030-03-14", 1_000n, 1],
      ["2030-03-15", 2_300n, 2],
    ]);
  });

  it("takes today in Shanghai, not in UTC: 01:00 on the 16th in Shanghai is the 15th in UTC", async () => {
    const volume = await getDailyVolume(db, merchant.merchantId, {
      at: new Date("2030-03-15T17:00:00Z"),
      days: 2,
    });
    expect(volume.map((d) => d.day)).toEqual(["2030-03-15", "2030-03-16"]);
    expect(volume.map((d) => d.amount)).toEqual([2_300n, 80_000n]);
  });

  it("takes a reversed payment off the day the reversal was booked, leaving the day it was paid", async () => {
    const id = (await createTestMerchant()).merchantId;
    const kept = await at("2030-04-10T10:00:00+08:00", () => paidPayment(id, { amount: 6_000n }));
    const reversed = await at("2030-04-10T11:00:00+08:00", () => paidPayment(id, { amount: 1_500n }));
    const volumeAt = (iso: string) => getDailyVolume(db, id, { at: new Date(iso), days: 3 });
    const before = await volumeAt("2030-04-12T12:00:00+08:00");
    await at("2030-04-11T23:59:00+08:00", () => reverseByReconciliation(reversed));
    const after = await volumeAt("2030-04-12T12:00:00+08:00");
    expect(after.map((d) => [d.day, d.amount, d.count])).toEqual([
      ["2030-04-10", 7_500n, 2],
      ["2030-04-11", -1_500n, -1],
      ["2030-04-12", 0n, 0],
    ]);
    expect(after[0]).toEqual(before[0]);
    expect(after.reduce((sum, d) => sum + d.amount, 0n)).toBe(kept.amount);
  });
});

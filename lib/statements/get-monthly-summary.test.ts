import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { createTestMerchant } from "@/lib/api/testing/merchant-client";
import { paidPayment } from "@/lib/payments/testing";
import { walletPaidPayment } from "@/lib/refunds/testing";
import { getDailyStatementCsv } from "./get-daily-statement-csv";
import { getMonthlySummary } from "./get-monthly-summary";
import { monthlySummaryCsv } from "./monthly-summary-csv";
import { pinClock, readCsv, refund, settleBankRefund, sumColumn } from "./testing";

let merchantId: string;

beforeAll(async () => {
  merchantId = (await createTestMerchant({ feeBps: 100 })).merchantId;
  pinClock("2026-02-28T15:00:00.000Z"); // 23:00 on 28 February in Shanghai: not in March
  await paidPayment(merchantId, { amount: 7_000n });
  pinClock("2026-03-01T02:00:00.000Z");
  const first = await paidPayment(merchantId, { amount: 10_000n });
  pinClock("2026-03-10T02:00:00.000Z");
  const wallet = await walletPaidPayment(merchantId, 3_000n);
  await paidPayment(merchantId, { amount: 1_000n });
  await refund(merchantId, wallet.payment, 300n);
  await settleBankRefund(await refund(merchantId, first, 2_500n), "succeeded");
});

afterAll(async () => {
  setClockOffset(0);
  await db.$disconnect();
});

describe("monthly summary", () => {
  it("counts every day of the month up to today, payments by the day paid, refunds by the day done", async () => {
    const summary = await getMonthlySummary(db, { merchantId, month: "2026-03" });
    expect(summary.days.map((d) => d.day)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 1).padStart(2, "0")}`),
    );
    expect(summary.days[0]).toEqual({
      day: "2026-03-01",
      paymentCount: 1,
      paymentAmount: 10_000n,
      refundCount: 0,
      refundAmount: 0n,
      fees: 100n,
      net: 9_900n,
    });
    expect(summary.days[1]).toMatchObject({ paymentCount: 0, refundCount: 0, net: 0n });
    expect(summary.days[9]).toEqual({
      day: "2026-03-10",
      paymentCount: 2,
      paymentAmount: 4_000n,
      refundCount: 2,
      refundAmount: 2_800n,
      fees: 40n,
      net: 1_160n,
    });
    expect(summary.totals).toEqual({
      paymentCount: 3,
      paymentAmount: 14_000n,
      refundCount: 2,
      refundAmount: 2_800n,
      fees: 140n,
      net: 11_060n,
    });
    const february = await getMonthlySummary(db, { merchantId, month: "2026-02" });
    expect(february.days).toHaveLength(28);
    expect(february.totals).toMatchObject({ paymentCount: 1, paymentAmount: 7_000n, net: 6_930n });
  });

  it("agrees with each day's statement, to the fen", async () => {
    const summary = await getMonthlySummary(db, { merchantId, month: "2026-03" });
    for (const day of summary.days) {
      const { records } = readCsv(await getDailyStatementCsv(db, { merchantId, date: day.day }));
      expect(sumColumn(records, "net"), day.day).toBe(day.net);
      expect(sumColumn(records, "fee"), day.day).toBe(day.fees);
      expect(records.filter((r) => r.type === "payment")).toHaveLength(day.paymentCount);
    }
  });

  it("downloads as CSV with a total line", async () => {
    const csv = monthlySummaryCsv(await getMonthlySummary(db, { merchantId, month: "2026-03" }));
    const { header, records } = readCsv(csv);
    expect(header).toEqual([
      "date",
      "payment_count",
      "payment_amount",
      "refund_count",
      "refund_amount",
      "fees",
      "net",
      "currency",
    ]);
    expect(records).toHaveLength(11);
    expect(records[0]).toEqual({
      date: "2026-03-01",
      payment_count: "1",
      payment_amount: "10000",
      refund_count: "0",
      refund_amount: "0",
      fees: "100",
      net: "9900",
      currency: "CNY",
    });
    expect(records.at(-1)).toMatchObject({ date: "total", payment_count: "3", net: "11060" });
  });

  it("refuses a month that has not begun", async () => {
    await expect(getMonthlySummary(db, { merchantId, month: "2026-04" })).rejects.toMatchObject({
      code: "invalid_request",
      field: "month",
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payment } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { now, setClockOffset } from "@/lib/clock";
import { checkLedger } from "@/lib/ledger";
import { createTestMerchant } from "@/lib/api/testing/merchant-client";
import { paidPayment, pendingPayment } from "@/lib/payments/testing";
import { walletPaidPayment } from "@/lib/refunds/testing";
import { getDailyStatementCsv } from "./get-daily-statement-csv";
import { getMonthlySummary } from "./get-monthly-summary";
import { streamDailyStatement } from "./stream-daily-statement";
import { parseStatementDate } from "./statement-period";
import {
  ledgerNetChange,
  pinClock,
  readCsv,
  refund,
  refundsInTransitAt,
  reverseByReconciliation,
  settleBankRefund,
  sumColumn,
  type CsvRecord,
} from "./testing";

const DAY = "2026-03-10";
let merchantId: string;
let otherId: string;
let lateYesterday: Payment;
let bankPaid: Payment;
let walletPaid: Payment;

beforeAll(async () => {
  merchantId = (await createTestMerchant({ feeBps: 60 })).merchantId;
  otherId = (await createTestMerchant()).merchantId;
  // The last second of 2026-03-09 in Shanghai.
  pinClock("2026-03-09T15:59:59.000Z");
  lateYesterday = await paidPayment(merchantId, { amount: 20_000n });
  // 08:00 on the 10th in Shanghai: payments, refunds of today's and yesterday's payments.
  pinClock("2026-03-10T00:00:00.000Z");
  bankPaid = await paidPayment(merchantId, { amount: 10_000n });
  walletPaid = (await walletPaidPayment(merchantId, 2_000n)).payment;
  await refund(merchantId, walletPaid, 500n);
  await settleBankRefund(await refund(merchantId, bankPaid, 3_000n), "succeeded");
  await settleBankRefund(await refund(merchantId, lateYesterday, 1_000n), "succeeded");
  await settleBankRefund(await refund(merchantId, lateYesterday, 700n), "failed");
  await refund(merchantId, bankPaid, 100n); // still processing at the bank
  await pendingPayment(merchantId, { amount: 999n });
  await paidPayment(otherId, { amount: 4_000n });
});

afterAll(async () => {
  setClockOffset(0);
  expect((await checkLedger(db)).ok).toBe(true);
  await db.$disconnect();
});

const statement = (date: string, batchSize?: number) =>
  getDailyStatementCsv(db, { merchantId, date, batchSize });

describe("daily statements", () => {
  it("lists the day's succeeded payments and completed refunds, refunds negative without fee", async () => {
    const { header, records } = readCsv(await statement(DAY));
    expect(header.join(",")).toBe(
      "type,order_id,refund_id,payment_id,amount,fee,net,currency,status,method,created_at,completed_at",
    );
    const summary = records.map((r) => [r.type, r.payment_id, r.amount, r.fee, r.net, r.method]);
    expect(summary).toEqual([
      ["payment", bankPaid.id, "10000", "60", "9940", "bank_card"],
      ["payment", walletPaid.id, "2000", "12", "1988", "wallet"],
      ["refund", walletPaid.id, "-500", "0", "-500", "wallet"],
      ["refund", bankPaid.id, "-3000", "0", "-3000", "bank_card"],
      ["refund", lateYesterday.id, "-1000", "0", "-1000", "bank_card"],
    ]);
    for (const record of records) {
      expect(record).toMatchObject({ currency: "CNY", status: "succeeded" });
      expect(record.order_id).toMatch(/^T[0-9a-f]{12}$/);
      expect(record.type === "refund" ? record.refund_id : "").toMatch(/^(R[0-9a-f]{12})?$/);
    }
    const payment = records[0] as CsvRecord;
    expect(payment.created_at).toBe(bankPaid.createdAt.toISOString());
    expect(payment.completed_at).toBe(bankPaid.paidAt?.toISOString());
  });

  it("orders rows by completion time, then id, the same whatever the batch size", async () => {
    const whole = await statement(DAY);
    const { records } = readCsv(whole);
    const times = records.map((r) => r.completed_at ?? "");
    expect(times).toEqual([...times].sort());
    for (const batchSize of [1, 2, 3]) expect(await statement(DAY, batchSize)).toBe(whole);
  });

  it("puts a payment on the Shanghai day it was paid, and an empty day is just the header", async () => {
    const { records } = readCsv(await statement("2026-03-09"));
    expect(records.map((r) => [r.type, r.payment_id, r.net])).toEqual([
      ["payment", lateYesterday.id, "19880"],
    ]);
    expect(readCsv(await statement("2026-03-08")).records).toEqual([]);
  });

  it("adds up, to the fen, to what payments and refunds changed in the merchant's ledger balances", async () => {
    for (const day of ["2026-03-09", DAY]) {
      const { records } = readCsv(await statement(day));
      const period = parseStatementDate(day, now());
      const net = sumColumn(records, "net");
      expect(net).toBe(sumColumn(records, "amount") - sumColumn(records, "fee"));
      // A bank refund leaves the merchant's balances when accepted and joins the statement when the
      // bank completes it: refunds in transit are the only difference.
      const inTransit =
        (await refundsInTransitAt(merchantId, period.to)) -
        (await refundsInTransitAt(merchantId, period.from));
      expect(net - inTransit).toBe(await ledgerNetChange(merchantId, period));
    }
    // 10000 − 60 + 2000 − 12 − 500 − 3000 − 1000; the failed refund (700) went back, the processing one
    // (100) is not on the statement yet.
    expect(sumColumn(readCsv(await statement(DAY)).records, "net")).toBe(7_428n);
  });

  it("matches the ledger exactly once the day's refunds are all finished", async () => {
    const merchant = (await createTestMerchant()).merchantId;
    const paid = await paidPayment(merchant, { amount: 50_000n });
    const inBank = await refund(merchant, paid, 12_345n);
    await settleBankRefund(inBank, "succeeded");
    await settleBankRefund(await refund(merchant, paid, 1n), "failed");
    const period = parseStatementDate(DAY, now());
    const { records } = readCsv(await getDailyStatementCsv(db, { merchantId: merchant, date: DAY }));
    expect(sumColumn(records, "net")).toBe(50_000n - 300n - 12_345n);
    expect(sumColumn(records, "net")).toBe(await ledgerNetChange(merchant, period));
  });

  it("streams the same bytes for the dashboard", async () => {
    const stream = await streamDailyStatement(db, { merchantId, date: DAY, batchSize: 2 });
    expect(await new Response(stream).text()).toBe(await statement(DAY));
  });

  it("refuses a malformed or future date before writing anything", async () => {
    await expect(statement("2026-3-10")).rejects.toMatchObject({ code: "invalid_request", field: "date" });
    await expect(streamDailyStatement(db, { merchantId, date: "2026-03-11" })).rejects.toMatchObject({
      code: "invalid_request",
      field: "date",
    });
  });
});

describe("daily statements of reversed payments", () => {
  // Its own merchant and days: 2026-03-05 pays two payments and reverses one of them the same day,
  // 2026-03-06 reverses the other.
  let reversing: string;
  let keptThenReversed: Payment;
  let reversedSameDay: Payment;
  let sameDayEntry: { id: string; createdAt: Date };
  let nextDayEntry: { id: string; createdAt: Date };
  let paidDayBefore: string;

  beforeAll(async () => {
    reversing = (await createTestMerchant({ feeBps: 60 })).merchantId;
    pinClock("2026-03-05T02:00:00.000Z");
    keptThenReversed = await paidPayment(reversing, { amount: 10_000n });
    reversedSameDay = await paidPayment(reversing, { amount: 5_000n });
    pinClock("2026-03-05T03:00:00.000Z");
    sameDayEntry = await reverseByReconciliation(reversedSameDay);
    paidDayBefore = await getDailyStatementCsv(db, { merchantId: reversing, date: "2026-03-05" });
    // 23:59:59 in Shanghai on the 6th: still the 6th.
    pinClock("2026-03-06T15:59:59.000Z");
    nextDayEntry = await reverseByReconciliation(keptThenReversed);
    pinClock("2026-03-10T00:00:00.000Z");
  });

  const day = async (date: string) =>
    readCsv(await getDailyStatementCsv(db, { merchantId: reversing, date })).records;

  it("adds a reversed row on the day the reversal was booked, negating the payment's row", async () => {
    expect(
      (await day("2026-03-06")).map((r) => [r.type, r.payment_id, r.amount, r.fee, r.net, r.status]),
    ).toEqual([["payment", keptThenReversed.id, "-10000", "-60", "-9940", "reversed"]]);
    const [reversal] = await day("2026-03-06");
    expect(reversal).toMatchObject({
      order_id: keptThenReversed.orderId,
      refund_id: "",
      method: "bank_card",
      currency: "CNY",
      created_at: keptThenReversed.createdAt.toISOString(),
      completed_at: nextDayEntry.createdAt.toISOString(),
    });
    expect(await day("2026-03-07")).toEqual([]);
  });

  it("leaves the day the payment was paid as it was, with a same-day reversal after its payment", async () => {
    const csv = await getDailyStatementCsv(db, { merchantId: reversing, date: "2026-03-05" });
    expect(csv).toBe(paidDayBefore);
    const records = readCsv(csv).records;
    expect(records.map((r) => [r.payment_id, r.amount, r.fee, r.net, r.status, r.completed_at])).toEqual([
      [keptThenReversed.id, "10000", "60", "9940", "succeeded", keptThenReversed.paidAt?.toISOString()],
      [reversedSameDay.id, "5000", "30", "4970", "succeeded", reversedSameDay.paidAt?.toISOString()],
      [reversedSameDay.id, "-5000", "-30", "-4970", "reversed", sameDayEntry.createdAt.toISOString()],
    ]);
    for (const batchSize of [1, 2]) {
      expect(await getDailyStatementCsv(db, { merchantId: reversing, date: "2026-03-05", batchSize })).toBe(
        csv,
      );
    }
  });

  it("adds up, each day, to what the ledger moved in the merchant's balances", async () => {
    for (const date of ["2026-03-05", "2026-03-06"]) {
      const records = await day(date);
      const net = sumColumn(records, "net");
      expect(net, date).toBe(sumColumn(records, "amount") - sumColumn(records, "fee"));
      expect(net, date).toBe(await ledgerNetChange(reversing, parseStatementDate(date, now())));
    }
    expect(sumColumn(await day("2026-03-05"), "net")).toBe(9_940n);
    expect(sumColumn(await day("2026-03-06"), "net")).toBe(-9_940n);
  });

  it("takes reversals off the monthly summary on the day booked, agreeing with each day's statement", async () => {
    const summary = await getMonthlySummary(db, { merchantId: reversing, month: "2026-03" });
    const byDay = new Map(summary.days.map((d) => [d.day, d]));
    expect(byDay.get("2026-03-05")).toMatchObject({
      paymentCount: 1,
      paymentAmount: 10_000n,
      fees: 60n,
      net: 9_940n,
    });
    expect(byDay.get("2026-03-06")).toMatchObject({
      paymentCount: -1,
      paymentAmount: -10_000n,
      fees: -60n,
      net: -9_940n,
    });
    expect(summary.totals).toMatchObject({ paymentCount: 0, paymentAmount: 0n, fees: 0n, net: 0n });
    for (const date of ["2026-03-05", "2026-03-06"]) {
      const records = await day(date);
      const figures = byDay.get(date);
      expect(sumColumn(records, "net"), date).toBe(figures?.net);
      expect(sumColumn(records, "fee"), date).toBe(figures?.fees);
      expect(sumColumn(records, "amount"), date).toBe(figures?.paymentAmount);
    }
  });
});

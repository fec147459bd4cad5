import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Payment } from "@/generated/prisma/client";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { accounts, checkLedger } from "@/lib/ledger";
import { createTestMerchant } from "@/lib/api/testing/merchant-client";
import { completeAttempt } from "@/lib/payments";
import { createTopUp } from "@/lib/payments/create-top-up";
import { bankAttempt, createWalletUser, pendingPayment, testBankCode } from "@/lib/payments/testing";
import { walletPaidPayment } from "@/lib/refunds/testing";
import { pinClock, refund, reverseByReconciliation, settleBankRefund } from "@/lib/statements/testing";
import { getReport, type ReportRow } from "./get-report";
import { parseReportRange } from "./report-range";
import { reportCsv } from "./report-csv";

// A stretch of days no other test writes to: the report reads every merchant's payments.
const RANGE = parseReportRange({ from: "2044-06-10", to: "2044-06-12" }, new Date());

async function approve(payment: Payment, bankCode: string): Promise<void> {
  const attempt = await bankAttempt(payment, bankCode);
  await completeAttempt(db, {
    attemptId: attempt.id,
    outcome: "approved",
    bankTxnId: newId("txn"),
    amount: payment.amount,
  });
}

async function paidAt(iso: string, merchantId: string, bankCode: string, amount: bigint): Promise<Payment> {
  pinClock(iso);
  const payment = await pendingPayment(merchantId, { amount });
  await approve(payment, bankCode);
  return payment;
}

function walletPaidAt(iso: string, merchantId: string, amount: bigint): Promise<{ payment: Payment }> {
  pinClock(iso);
  return walletPaidPayment(merchantId, amount);
}

function refundAt(iso: string, payment: Payment, amount: bigint) {
  pinClock(iso);
  return refund(payment.merchantId, payment, amount);
}

async function openCase(
  bankCode: string,
  businessDay: string,
  options: { paymentId?: string; resolved?: boolean },
) {
  const run = await db.reconciliationRun.create({
    data: { id: newId("rec"), bankCode, businessDay, trigger: "operator" },
  });
  await db.exceptionCase.create({
    data: {
      id: newId("exc"),
      runId: run.id,
      bankCode,
      businessDay,
      kind: "AMOUNT_DIFFERS",
      reference: newId("ref"),
      paymentId: options.paymentId ?? null,
      evidence: {},
      status: options.resolved ? "RESOLVED" : "OPEN",
    },
  });
}

const bank1 = testBankCode();
const bank2 = testBankCode();
let merchantA: string;
let merchantB: string;

beforeAll(async () => {
  merchantA = (await createTestMerchant({ feeBps: 60 })).merchantId;
  merchantB = (await createTestMerchant({ feeBps: 100 })).merchantId;
  // 16:00 UTC is midnight in Shanghai: the first payment is on the 10th, the second on the 11th.
  const first = await paidAt("2044-06-10T15:59:59Z", merchantA, bank1, 10_000n);
  await paidAt("2044-06-10T16:00:00Z", merchantA, bank1, 20_000n);
  await paidAt("2044-06-11T03:00:00Z", merchantB, bank2, 5_000n);
  const wallet = await walletPaidAt("2044-06-12T01:00:00Z", merchantA, 3_000n);
  await refundAt("2044-06-12T02:00:00Z", wallet.payment, 1_000n);
  // A bank-card refund asked for on the 11th counts on the 12th, when the bank confirmed it.
  const bankRefund = await refundAt("2044-06-11T06:00:00Z", first, 2_000n);
  pinClock("2044-06-12T03:00:00Z");
  await settleBankRefund(bankRefund, "succeeded");
  // Paid the day before the range, refunded inside it: the refund counts, the payment does not.
  const before = await walletPaidAt("2044-06-09T23:00:00+08:00", merchantB, 2_000n);
  await refundAt("2044-06-11T05:00:00Z", before.payment, 500n);
  // Outside the range on either side.
  await paidAt("2044-06-09T15:59:59Z", merchantB, bank2, 700n);
  await paidAt("2044-06-12T16:00:00Z", merchantB, bank2, 800n);
  // A wallet top-up is Paylane's own money coming in, not merchant volume.
  pinClock("2044-06-11T04:00:00Z");
  const userId = await createWalletUser();
  await approve(await createTopUp(db, { userId, email: `${userId}@example.com`, amount: 50_000n }), bank1);
  setClockOffset(0);
  await openCase(bank1, "2044-06-10", { paymentId: first.id });
  await openCase(bank2, "2044-06-11", {});
  await openCase(bank1, "2044-06-11", { resolved: true });
  await openCase(bank1, "2044-06-20", {});
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  setClockOffset(0);
  expect((await checkLedger(db)).ok).toBe(true);
  await db.$disconnect();
});

function figures(row: ReportRow | undefined) {
  if (!row) return undefined;
  const { paymentCount, paymentAmount, fees, refundCount, refundAmount, net, exceptionsOpen } = row;
  return [paymentCount, paymentAmount, fees, refundCount, refundAmount, net, exceptionsOpen];
}

describe("getReport", () => {
  it("sums each Shanghai day of the range, every day present, top-ups left out", async () => {
    const report = await getReport(db, { range: RANGE, grouping: "day" });
    expect(report.rows.map((row) => [row.key, ...(figures(row) ?? [])])).toEqual([
      ["2044-06-10", 1, 10_000n, 60n, 0, 0n, 9_940n, 1],
      ["2044-06-11", 2, 25_000n, 170n, 1, 500n, 24_330n, 1],
      ["2044-06-12", 1, 3_000n, 18n, 2, 3_000n, -18n, 0],
    ]);
    expect(figures({ ...report.totals, key: null, name: null })).toEqual([
      4,
      38_000n,
      248n,
      3,
      3_500n,
      34_252n,
      2,
    ]);
  });

  it("groups by the channel a payment was paid through: its bank, or the wallet", async () => {
    const report = await getReport(db, { range: RANGE, grouping: "bank" });
    const row = (key: string) => figures(report.rows.find((r) => r.key === key));
    expect(row(bank1)).toEqual([2, 30_000n, 180n, 1, 2_000n, 27_820n, 1]);
    expect(row(bank2)).toEqual([1, 5_000n, 50n, 0, 0n, 4_950n, 1]);
    // Other tests' wallet payments may share the range only if they used these days; ours are all here.
    expect(report.rows.find((r) => r.key === "wallet")?.refundAmount).toBeGreaterThanOrEqual(1_500n);
    const keys = report.rows.map((r) => r.key);
    expect(keys.indexOf(bank1)).toBeLessThan(keys.indexOf(bank2));
  });

  it("groups by merchant with names; exceptions with no payment stay unattributed", async () => {
    const report = await getReport(db, { range: RANGE, grouping: "merchant" });
    const row = (key: string | null) => report.rows.find((r) => r.key === key);
    expect(figures(row(merchantA))).toEqual([3, 33_000n, 198n, 2, 3_000n, 29_802n, 1]);
    expect(figures(row(merchantB))).toEqual([1, 5_000n, 50n, 1, 500n, 4_450n, 0]);
    expect(row(merchantA)?.name).toBe("Test shop");
    expect(row(null)?.exceptionsOpen).toBe(1);
    expect(report.rows.map((r) => r.key)).not.toContain("mch_paylane_wallet_top_ups");
  });

  it("reports the fees the ledger booked to platform_fees over the range, and the volume paid", async () => {
    const report = await getReport(db, { range: RANGE, grouping: "day" });
    const [ledger] = await db.$queryRaw<{ change: bigint | null }[]>`
      SELECT SUM(p.amount)::bigint AS change
        FROM postings p JOIN ledger_accounts a ON a.id = p."accountId"
       WHERE a.code = ${accounts.platformFees().code}
         AND p."createdAt" >= ${RANGE.from} AND p."createdAt" < ${RANGE.to}`;
    expect(report.totals.fees).toBe(ledger?.change ?? 0n);
    const paid = await db.payment.aggregate({
      where: { status: "SUCCEEDED", topUpUserId: null, paidAt: { gte: RANGE.from, lt: RANGE.to } },
      _sum: { amount: true },
    });
    expect(report.totals.paymentAmount).toBe(paid._sum.amount);
  });

  it("writes the report as CSV with a total line", async () => {
    const csv = reportCsv(await getReport(db, { range: RANGE, grouping: "day" }));
    expect(csv.split("\n")).toEqual([
      "date,payment_count,payment_amount,fees,refund_count,refund_amount,net,exceptions_open,currency",
      "2044-06-10,1,10000,60,0,0,9940,1,CNY",
      "2044-06-11,2,25000,170,1,500,24330,1,CNY",
      "2044-06-12,1,3000,18,2,3000,-18,0,CNY",
      "total,4,38000,248,3,3500,34252,2,CNY",
      "",
    ]);
  });
});

describe("getReport with reversed payments", () => {
  // Days of their own: paid on the 1st (one reversed the same day), the other reversed on the 2nd.
  const range = parseReportRange({ from: "2044-08-01", to: "2044-08-02" }, new Date());
  const bank = testBankCode();
  let merchant: string;

  beforeAll(async () => {
    merchant = (await createTestMerchant({ feeBps: 60 })).merchantId;
    const kept = await paidAt("2044-08-01T02:00:00Z", merchant, bank, 10_000n);
    const dropped = await paidAt("2044-08-01T02:30:00Z", merchant, bank, 5_000n);
    pinClock("2044-08-01T03:00:00Z");
    await reverseByReconciliation(await db.payment.findUniqueOrThrow({ where: { id: dropped.id } }));
    pinClock("2044-08-02T03:00:00Z");
    await reverseByReconciliation(await db.payment.findUniqueOrThrow({ where: { id: kept.id } }));
    setClockOffset(0);
  });

  it("takes a reversal off the day it was booked, not the day the payment was paid", async () => {
    const report = await getReport(db, { range, grouping: "day" });
    expect(report.rows.map((row) => [row.key, ...(figures(row) ?? [])])).toEqual([
      ["2044-08-01", 1, 10_000n, 60n, 0, 0n, 9_940n, 0],
      ["2044-08-02", -1, -10_000n, -60n, 0, 0n, -9_940n, 0],
    ]);
  });

  it("nets the reversals out of their bank's and their merchant's figures", async () => {
    const byBank = await getReport(db, { range, grouping: "bank" });
    expect(figures(byBank.rows.find((r) => r.key === bank))).toEqual([0, 0n, 0n, 0, 0n, 0n, 0]);
    const byMerchant = await getReport(db, { range, grouping: "merchant" });
    expect(figures(byMerchant.rows.find((r) => r.key === merchant))).toEqual([0, 0n, 0n, 0, 0n, 0n, 0]);
  });

  it("agrees with the ledger: platform fees kept and merchant balances gained over each day", async () => {
    const report = await getReport(db, { range, grouping: "day" });
    for (const row of report.rows) {
      const day = parseReportRange({ from: row.key ?? "", to: row.key ?? "" }, new Date());
      const [ledger] = await db.$queryRaw<{ fees: bigint | null; merchants: bigint | null }[]>`
        SELECT SUM(p.amount) FILTER (WHERE a.code = ${accounts.platformFees().code})::bigint AS fees,
               SUM(p.amount) FILTER (WHERE a.code = ANY(${[
                 accounts.merchantPending(merchant).code,
                 accounts.merchantAvailable(merchant).code,
               ]}::text[]))::bigint AS merchants
          FROM postings p JOIN ledger_accounts a ON a.id = p."accountId"
         WHERE p."createdAt" >= ${day.from} AND p."createdAt" < ${day.to}`;
      expect(row.fees, row.key ?? "").toBe(ledger?.fees ?? 0n);
      expect(row.net, row.key ?? "").toBe(ledger?.merchants ?? 0n);
    }
  });
});

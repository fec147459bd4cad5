import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payment } from "@/generated/prisma/client";
import {
  expectedSettlementFee,
  type BankFeeRule,
  type SettlementFile,
  type SettlementLine,
} from "@/lib/banks";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createTestMerchant } from "@/lib/api/testing/merchant-client";
import { completeAttempt } from "@/lib/payments";
import { bankAttempt, pendingPayment, testBankCode } from "@/lib/payments/testing";
import { pinClock, refund, settleBankRefund } from "@/lib/statements/testing";
import { reconcileBankFile } from "./reconcile-bank-file";
import type { Mismatch } from "./types";

// Two consecutive days at one bank, with movements the bank and the gateway dated on either side of
// the midnight between them: the gateway's records come from the database (readGatewayRecords), the
// bank's files are made here. A bank code of its own keeps other tests' records out of these days.

const BANK = testBankCode();
const FEES: BankFeeRule = { paymentBps: 25, refundBps: 10, payoutFen: 200n };
const DAY = "2031-01-14";
const NEXT = "2031-01-15";

type Movement = { kind: "payment" | "refund"; reference: string; bankRef: string; amount: bigint };

let merchantId: string;
/** The bank approved at 23:59:59.9 on the 14th; the gateway recorded it at 00:00:00.2 on the 15th. */
let bankFirst: Movement;
/** The gateway recorded at 23:59:59.8 on the 14th what the bank approved at 00:00:00.1 on the 15th. */
let gatewayFirst: Movement;
/** A refund the bank completed at 23:59:59.5 on the 14th, the gateway at 00:00:01 on the 15th. */
let refundAcross: Movement;
let midday: Movement;
let nextMidday: Movement;
/** Recorded at 23:57 on the 14th and at 00:02 on the 15th, on neither of the bank's files. */
let lostBefore: Movement;
let lostAfter: Movement;

async function paidAt(iso: string, amount: bigint): Promise<{ payment: Payment; movement: Movement }> {
  pinClock(iso);
  const payment = await pendingPayment(merchantId, { amount });
  const attempt = await bankAttempt(payment, BANK);
  const bankRef = newId("txn");
  await completeAttempt(db, { attemptId: attempt.id, outcome: "approved", bankTxnId: bankRef, amount });
  return { payment, movement: { kind: "payment", reference: attempt.id, bankRef, amount } };
}

beforeAll(async () => {
  merchantId = (await createTestMerchant()).merchantId;
  const paid = await paidAt("2031-01-14T12:00:00+08:00", 50_000n);
  midday = paid.movement;
  gatewayFirst = (await paidAt("2031-01-14T23:59:59.800+08:00", 2_000n)).movement;
  lostBefore = (await paidAt("2031-01-14T23:57:00+08:00", 3_000n)).movement;
  bankFirst = (await paidAt("2031-01-15T00:00:00.200+08:00", 1_000n)).movement;
  lostAfter = (await paidAt("2031-01-15T00:02:00+08:00", 4_000n)).movement;
  nextMidday = (await paidAt("2031-01-15T12:00:00+08:00", 6_000n)).movement;
  pinClock("2031-01-14T20:00:00+08:00");
  const asked = await refund(merchantId, paid.payment, 700n);
  pinClock("2031-01-15T00:00:01+08:00");
  const done = await settleBankRefund(asked, "succeeded");
  refundAcross = { kind: "refund", reference: done.id, bankRef: done.bankRefundId ?? "", amount: 700n };
  setClockOffset(0);
});

afterAll(async () => {
  setClockOffset(0);
  await db.$disconnect();
});

function lineOf(movement: Movement, bankAt: string): SettlementLine {
  return {
    ...movement,
    fee: expectedSettlementFee(FEES, { ...movement, status: "succeeded" }),
    status: "succeeded",
    at: new Date(bankAt),
  };
}

/** A bank's verified file as the connectors open it, from lines held here. */
function fileOf(date: string, lines: SettlementLine[]): SettlementFile {
  const sorted = [...lines].sort((a, b) => (a.reference < b.reference ? -1 : 1));
  return {
    bank: BANK,
    date,
    summary: {
      count: sorted.length,
      totalAmount: sorted.reduce((sum, line) => sum + line.amount, 0n),
      totalFee: sorted.reduce((sum, line) => sum + line.fee, 0n),
    },
    sha256: "0".repeat(64),
    async *lines() {
      yield* sorted;
    },
    close: async () => {},
  };
}

const files = () => ({
  [DAY]: fileOf(DAY, [
    lineOf(midday, "2031-01-14T12:00:00+08:00"),
    lineOf(bankFirst, "2031-01-14T23:59:59.900+08:00"),
    lineOf(refundAcross, "2031-01-14T23:59:59.500+08:00"),
  ]),
  [NEXT]: fileOf(NEXT, [
    lineOf(gatewayFirst, "2031-01-15T00:00:00.100+08:00"),
    lineOf(nextMidday, "2031-01-15T12:00:00+08:00"),
  ]),
});

async function reconcile(date: typeof DAY | typeof NEXT) {
  const bank = files();
  const mismatches: Mismatch[] = [];
  const result = await reconcileBankFile(db, {
    file: bank[date],
    previousFile: date === NEXT ? bank[DAY] : fileOf("2031-01-13", []),
    fees: FEES,
    onMismatch: (mismatch) => void mismatches.push(mismatch),
    batchSize: 2,
  });
  return { result, cases: mismatches.map((m) => [m.kind, m.reference]) };
}

const sorted = (cases: string[][]) => [...cases].sort((a, b) => ((a[1] ?? "") < (b[1] ?? "") ? -1 : 1));

describe("reconciling the days either side of a midnight", () => {
  it("matches a movement the bank put on the day before the gateway did, and the reverse", async () => {
    const day = await reconcile(DAY);
    // Nothing: the movement recorded at 23:57 and on no file is left to the next day's run.
    expect(day.cases).toEqual([]);
    expect(day.result.matched).toBe(3);
    expect(day.result.midnight).toEqual({ matchedAcross: 2, onPreviousFile: 0, leftToNextDay: 2 });
    expect(day.result.gateway.payment).toEqual(day.result.bank.payment);
    expect(day.result.gateway.refund).toEqual(day.result.bank.refund);

    const next = await reconcile(NEXT);
    expect(next.result.matched).toBe(2);
    expect(next.result.midnight).toEqual({ matchedAcross: 1, onPreviousFile: 2, leftToNextDay: 0 });
    // The two movements on neither file, each reported once, by the later day.
    expect(next.cases).toEqual(
      sorted([
        ["missing_at_bank", lostBefore.reference],
        ["missing_at_bank", lostAfter.reference],
      ]),
    );
  });

  it("without the bank's file of the day before, the morning's movements on it are missing", async () => {
    const mismatches: string[][] = [];
    await reconcileBankFile(db, {
      file: files()[NEXT],
      fees: FEES,
      onMismatch: (m) => void mismatches.push([m.kind, m.reference]),
    });
    expect(mismatches).toEqual(
      sorted([
        ["missing_at_bank", bankFirst.reference],
        ["missing_at_bank", lostBefore.reference],
        ["missing_at_bank", lostAfter.reference],
        ["missing_at_bank", refundAcross.reference],
      ]),
    );
  });

  it("refuses a previous file that is not the same bank's day before", async () => {
    await expect(
      reconcileBankFile(db, {
        file: files()[NEXT],
        previousFile: files()[NEXT],
        fees: FEES,
        onMismatch: () => {},
      }),
    ).rejects.toThrow(/not the day before/);
  });
});

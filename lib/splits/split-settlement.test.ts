import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { addDays, shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { createPayment } from "@/lib/payments/create-payment";
import { reversePayment } from "@/lib/payments/reverse-payment";
import { paidPayment, paymentInput } from "@/lib/payments/testing";
import { createRefund } from "@/lib/refunds/create-refund";
import { applyRefundAnswer } from "@/lib/refunds/apply-refund-answer";
import { isBusinessDay } from "@/lib/settlement/business-days";
import { settleMerchant } from "@/lib/settlement/settle-merchant";
import type { SplitInstruction } from "./split-rules";

afterAll(async () => {
  expect((await checkLedger(db)).ok).toBe(true);
  await db.$disconnect();
});

function nextBusinessDay(day: string): string {
  let next = addDays(day, 1);
  while (!isBusinessDay(next)) next = addDays(next, 1);
  return next;
}

async function merchant(name: string, platformMerchantId?: string) {
  const created = await createMerchant(db, {
    name,
    email: `${name.toLowerCase().replace(/ /g, "-")}@example.com`,
    siteUrl: "https://split.example",
    status: "ACTIVE",
  });
  if (platformMerchantId)
    await db.merchant.update({ where: { id: created.id }, data: { platformMerchantId } });
  return created.id;
}

const balances = async (merchantId: string) => ({
  pending: await getBalance(db, accounts.merchantPending(merchantId)),
  available: await getBalance(db, accounts.merchantAvailable(merchantId)),
});

const refund = (merchantId: string, orderId: string, amount: bigint) =>
  createRefund(db, {
    merchantId,
    orderId,
    refundId: `R${randomBytes(6).toString("hex")}`,
    amount,
    source: "api",
  });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; field?: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, field: error.field };
}

let platform: string;
let kitchen: string;
let bakery: string;

beforeAll(async () => {
  platform = await merchant("Split Platform");
  kitchen = await merchant("Split Kitchen", platform);
  bakery = await merchant("Split Bakery", platform);
});

const ref = (id: string) => ({ id, status: "ACTIVE" });
const splits = (...pairs: [string, bigint][]): SplitInstruction[] =>
  pairs.map(([merchantId, amount]) => ({ merchantId, amount }));

describe("split instructions", () => {
  it("refuse what the platform may not ask for, naming the field, and create nothing", async () => {
    const stranger = await merchant("Split Stranger");
    const cases: [SplitInstruction[], string][] = [
      [splits([stranger, 100n]), "splits.0.merchantId"],
      [splits([kitchen, 100n], [kitchen, 200n]), "splits.1.merchantId"],
      [splits([kitchen, 0n]), "splits.0.amount"],
      // ¥100.00 less the 0.6% fee leaves ¥99.40.
      [splits([kitchen, 5_000n], [bakery, 4_941n]), "splits"],
    ];
    for (const [given, field] of cases) {
      const input = paymentInput({ amount: 10_000n, splits: given });
      expect(await refusal(createPayment(db, ref(platform), input))).toEqual({
        code: "invalid_request",
        field,
      });
      expect(await db.payment.count({ where: { merchantId: platform, orderId: input.orderId } })).toBe(0);
    }
    // A sub-merchant of another platform is not this platform's.
    expect(
      await refusal(createPayment(db, ref(kitchen), paymentInput({ splits: splits([bakery, 1n]) }))),
    ).toEqual({
      code: "invalid_request",
      field: "splits.0.merchantId",
    });
  });

  it("are part of the request's identity: a retry replays, other shares conflict", async () => {
    const input = paymentInput({ amount: 10_000n, splits: splits([kitchen, 3_000n], [bakery, 2_000n]) });
    const first = await createPayment(db, ref(platform), input);
    expect(first.created).toBe(true);
    const reordered = { ...input, splits: [...(input.splits ?? [])].reverse() };
    expect(await createPayment(db, ref(platform), reordered)).toMatchObject({
      created: false,
      payment: { id: first.payment.id },
    });
    expect(
      await refusal(
        createPayment(db, ref(platform), { ...input, splits: splits([kitchen, 3_001n], [bakery, 2_000n]) }),
      ),
    ).toEqual({ code: "order_conflict", field: "orderId" });
    expect(await db.paymentSplit.count({ where: { paymentId: first.payment.id } })).toBe(2);
  });
});

describe("split settlement", () => {
  it("keeps the shares out of the platform's refunds, pays them at settlement, and reverses them in proportion", async () => {
    const split = await paidPayment(platform, {
      amount: 10_000n,
      splits: splits([kitchen, 3_000n], [bakery, 2_000n]),
    });
    expect(split.fee).toBe(60n);
    expect(await balances(platform)).toEqual({ pending: 9_940n, available: 0n });

    // Refunding half before settlement takes half of each share back, from the platform's pending.
    const half = await refund(platform, split.orderId, 5_000n);
    expect(await balances(platform)).toEqual({ pending: 4_940n, available: 0n });
    const shares = async () =>
      (await db.paymentSplit.findMany({ where: { paymentId: split.id }, orderBy: { amount: "desc" } })).map(
        (s) => [s.reversedAmount, s.settlementId !== null],
      );
    expect(await shares()).toEqual([
      [1_500n, false],
      [1_000n, false],
    ]);

    // While that refund is with the bank, the split payment waits; a plain one settles.
    const plain = await paidPayment(platform, { amount: 10_000n });
    await refund(platform, plain.orderId, 100n);
    const day = nextBusinessDay(shanghaiDay(now()));
    expect(await settleMerchant(db, { merchantId: platform, day })).toMatchObject({
      paymentCount: 1,
      amount: 9_940n,
    });
    expect(await balances(platform)).toEqual({ pending: 4_840n, available: 9_940n });
    expect((await shares()).map(([, settled]) => settled)).toEqual([false, false]);

    // Once the bank paid it, the shares settle to the sub-merchants; the platform gets what is free of them.
    await applyRefundAnswer(db, half.refund.id, {
      kind: "succeeded",
      bankRefundId: "B1",
      amount: 5_000n,
      completedAt: now(),
    });
    const later = await settleMerchant(db, { merchantId: platform, day: nextBusinessDay(day) });
    expect(later).toMatchObject({ paymentCount: 1, amount: 2_340n });
    expect(await balances(kitchen)).toEqual({ pending: 0n, available: 1_500n });
    expect(await balances(bakery)).toEqual({ pending: 0n, available: 1_000n });
    expect(await balances(platform)).toEqual({ pending: 0n, available: 12_280n });
    expect(await shares()).toEqual([
      [1_500n, true],
      [1_000n, true],
    ]);

    // After settlement a refund takes each share's part from its sub-merchant; a failure gives it back.
    const rest = await refund(platform, split.orderId, 5_000n);
    expect(await balances(kitchen)).toEqual({ pending: 0n, available: 0n });
    expect(await balances(bakery)).toEqual({ pending: 0n, available: 0n });
    expect(await balances(platform)).toEqual({ pending: 0n, available: 9_780n });
    expect((await shares()).map(([reversed]) => reversed)).toEqual([3_000n, 2_000n]);
    await applyRefundAnswer(db, rest.refund.id, {
      kind: "failed",
      bankRefundId: "B2",
      reason: "closed account",
    });
    expect(await balances(kitchen)).toEqual({ pending: 0n, available: 1_500n });
    expect(await balances(bakery)).toEqual({ pending: 0n, available: 1_000n });
    expect(await balances(platform)).toEqual({ pending: 0n, available: 12_280n });
    expect((await shares()).map(([reversed]) => reversed)).toEqual([1_500n, 1_000n]);
  });

  it("refuses a platform refund that would spend money held for sub-merchants", async () => {
    const other = await merchant("Split Platform Two");
    const sub = await merchant("Split Sub Two", other);
    await paidPayment(other, { amount: 10_000n, splits: splits([sub, 9_940n]) });
    const plain = await paidPayment(other, { amount: 10_000n });
    expect(await balances(other)).toEqual({ pending: 19_880n, available: 0n });
    expect(await refusal(refund(other, plain.orderId, 10_000n))).toEqual({
      code: "merchant_balance_insufficient",
      field: "amount",
    });
    expect(await balances(other)).toEqual({ pending: 19_880n, available: 0n });
    await refund(other, plain.orderId, 9_940n);
    expect(await balances(other)).toEqual({ pending: 9_940n, available: 0n });
  });

  it("a reversal of a settled split payment takes the shares back from the sub-merchants", async () => {
    const other = await merchant("Split Platform Three");
    const sub = await merchant("Split Sub Three", other);
    const payment = await paidPayment(other, { amount: 20_000n, splits: splits([sub, 4_000n]) });
    await settleMerchant(db, { merchantId: other, day: nextBusinessDay(shanghaiDay(now())) });
    expect(await balances(sub)).toEqual({ pending: 0n, available: 4_000n });
    expect(await balances(other)).toEqual({ pending: 0n, available: 15_880n });
    await db.$transaction((tx) =>
      reversePayment(tx, { attemptId: payment.paidAttemptId ?? "", eventId: `case_${payment.id}` }),
    );
    expect(await balances(sub)).toEqual({ pending: 0n, available: 0n });
    expect(await balances(other)).toEqual({ pending: 0n, available: 0n });
    expect(
      (await db.paymentSplit.findFirstOrThrow({ where: { paymentId: payment.id } })).reversedAmount,
    ).toBe(4_000n);
  });
});

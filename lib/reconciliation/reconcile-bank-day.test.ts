import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A real day at each real mock bank: payments paid on the bank's own page, a refund paid back, the bank
// told to make one mistake of every kind in its settlement file, and the reconciliation must find
// exactly those. "Exactly" needs a day with no one else's payments at these banks, so this file runs on
// a database of its own rather than the suite's shared one.
const GATEWAY_PORT = 47_000 + (process.pid % 1000);
const database = await vi.hoisted(async () => {
  const { createThrowawayDatabase } = await import("../../test/test-database");
  const created = await createThrowawayDatabase("reconcile");
  process.env.DATABASE_URL = created.url;
  process.env.APP_URL = `http://127.0.0.1:${47_000 + (process.pid % 1000)}`;
  return created;
});

const { db } = await import("@/lib/db");
const { createTestMerchant } = await import("@/lib/api/testing/merchant-client");
const { startBankHarness } = await import("@/lib/bank-gateway/testing");
const { shanghaiDay } = await import("@/lib/merchant-dashboard/shanghai-day");
const { BANKS, expectedSettlementFee } = await import("@/lib/banks");
const { reconcileBankDay } = await import("./reconcile-bank-day");
const testing = await import("./testing");
type Mismatch = import("./types").Mismatch;

let harness: Awaited<ReturnType<typeof startBankHarness>>;
let merchantId: string;

beforeAll(async () => {
  harness = await startBankHarness(GATEWAY_PORT);
  merchantId = (await createTestMerchant()).merchantId;
});

afterAll(async () => {
  await harness?.stop();
  await db.$disconnect();
  await database.drop();
});

const paidAtBank = (bank: string, amount: bigint) => testing.paidAtBank(merchantId, bank, amount);
const refunded = (orderId: string, amount: bigint) => testing.refundedAtBank(merchantId, orderId, amount);

async function reconcile(bankCode: string) {
  const mismatches: Mismatch[] = [];
  const result = await reconcileBankDay(db, {
    bankCode,
    date: shanghaiDay(new Date()),
    onMismatch: (mismatch) => void mismatches.push(mismatch),
  });
  return { result, mismatches, cases: mismatches.map((m) => [m.kind, m.reference]) };
}

describe.each(["icmb", "ccmb", "mcmb"])("%s: reconciling a day", (bankCode) => {
  const bankUrl = () => harness.banks.banks.find((b) => b.code === bankCode)?.url ?? "";
  const fees = () =>
    BANKS.find((b) => b.code === bankCode)?.fees ?? { paymentBps: 0, refundBps: 0, payoutFen: 0n };

  it("finds nothing on a clean day, then exactly the mistakes the bank was told to make", async () => {
    const dropped = await paidAtBank(bankCode, 12_345n);
    const flipped = await paidAtBank(bankCode, 20_000n);
    const changed = await paidAtBank(bankCode, 30_001n);
    const clean = await paidAtBank(bankCode, 40_000n);
    const refundId = await refunded(clean.orderId, 15_000n);

    const before = await reconcile(bankCode);
    expect(before.cases).toEqual([]);
    expect(before.result.matched).toBe(5);
    expect(before.result.gateway.payment).toMatchObject({ count: 4, amount: 102_346n });
    expect(before.result.bank.payment).toEqual(before.result.gateway.payment);
    expect(before.result.bank.refund).toEqual(before.result.gateway.refund);

    const refundFee = expectedSettlementFee(fees(), { kind: "refund", amount: 15_000n, status: "succeeded" });
    const phantom = `att_${"z".repeat(26)}`;
    await testing.injectSettlementFaults(bankUrl(), shanghaiDay(new Date()), [
      { kind: "drop_line", reference: dropped.attemptId },
      { kind: "add_line", reference: phantom, type: "payment", amount: "8888" },
      { kind: "flip_status", reference: flipped.attemptId },
      { kind: "change_amount", reference: changed.attemptId, amount: "30000" },
      { kind: "change_fee", reference: refundId, fee: String(refundFee + 7n) },
    ]);

    const after = await reconcile(bankCode);
    const expected: [string, string][] = [
      ["missing_at_bank", dropped.attemptId],
      ["missing_at_gateway", phantom],
      ["status_differs", flipped.attemptId],
      ["amount_differs", changed.attemptId],
      ["fee_differs", refundId],
    ];
    expect(after.cases).toEqual([...expected].sort((a, b) => (a[1] < b[1] ? -1 : 1)));
    expect(after.result.matched).toBe(1);
    expect(after.result.mismatches).toEqual({
      missing_at_bank: 1,
      missing_at_gateway: 1,
      status_differs: 1,
      amount_differs: 1,
      fee_differs: 1,
    });
    const byKind = new Map(after.mismatches.map((m) => [m.kind, m]));
    expect(byKind.get("missing_at_bank")).toMatchObject({ bank: null, gateway: { amount: 12_345n } });
    expect(byKind.get("missing_at_gateway")).toMatchObject({ bank: { amount: 8_888n }, gateway: null });
    expect(byKind.get("status_differs")).toMatchObject({
      bank: { status: "failed" },
      gateway: { status: "succeeded" },
    });
    expect(byKind.get("amount_differs")).toMatchObject({
      bank: { amount: 30_000n },
      gateway: { amount: 30_001n },
    });
    expect(byKind.get("fee_differs")).toMatchObject({
      bank: { fee: refundFee + 7n },
      gateway: { kind: "refund", amount: 15_000n },
      expectedFee: refundFee,
    });

    // The bank keeps its instructions in its journal: told to stop, its file is clean again.
    await testing.injectSettlementFaults(bankUrl(), shanghaiDay(new Date()), []);
    expect((await reconcile(bankCode)).cases).toEqual([]);
  });
});

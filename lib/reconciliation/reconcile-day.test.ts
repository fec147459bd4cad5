import { describe, expect, it } from "vitest";
import type { BankFeeRule, SettlementLine } from "@/lib/banks";
import { reconcileDay } from "./reconcile-day";
import type { GatewayRecord, Mismatch } from "./types";

// The matching engine alone, on hand-made streams: which differences it reports, and which not.

const FEES: BankFeeRule = { paymentBps: 25, refundBps: 10, payoutFen: 200n };
const AT = new Date("2026-11-22T02:00:00Z");

const gw = (reference: string, amount: bigint, extra: Partial<GatewayRecord> = {}): GatewayRecord => ({
  kind: reference.startsWith("rf_") ? "refund" : "payment",
  reference,
  bankRef: `B${reference}`,
  amount,
  status: "succeeded",
  at: AT,
  ...extra,
});

/** The bank's line for a gateway record, with the fee the bank's rule gives. */
const line = (record: GatewayRecord, extra: Partial<SettlementLine> = {}): SettlementLine => {
  const bps = BigInt(record.kind === "payment" ? FEES.paymentBps : FEES.refundBps);
  return {
    kind: record.kind,
    reference: record.reference,
    bankRef: record.bankRef ?? "",
    amount: record.amount,
    fee: record.status === "failed" ? 0n : (record.amount * bps + 5_000n) / 10_000n,
    status: record.status,
    at: AT,
    ...extra,
  };
};

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function run(lines: SettlementLine[], records: GatewayRecord[]) {
  const mismatches: Mismatch[] = [];
  const result = await reconcileDay({
    bankCode: "icmb",
    date: "2026-11-22",
    lines: stream(lines),
    gatewayRecords: stream(records),
    fees: FEES,
    onMismatch: (mismatch) => void mismatches.push(mismatch),
  });
  return { result, mismatches, summary: mismatches.map((m) => [m.kind, m.reference]) };
}

describe("reconcileDay", () => {
  const a = gw("att_a", 10_000n);
  const b = gw("att_b", 12_345n); // fee 30.8625 → 31 (half-up)
  const c = gw("att_c", 200n); // fee 0.5 → 1 (half-up)
  const d = gw("att_d", 199n); // fee 0.4975 → 0
  const r = gw("rf_a", 5_000n);
  const failed = gw("rf_b", 700n, { status: "failed" });

  it("matches a day where both sides agree, and totals both", async () => {
    const { result, mismatches } = await run(
      [a, b, c, d, r, failed].map((x) => line(x)),
      [a, b, c, d, r, failed],
    );
    expect(mismatches).toEqual([]);
    expect(result.matched).toBe(6);
    expect(result.bank.payment).toEqual({ count: 4, amount: 22_744n, fee: 25n + 31n + 1n + 0n });
    expect(result.gateway.payment).toEqual(result.bank.payment);
    expect(result.bank.refund).toEqual({ count: 2, amount: 5_700n, fee: 5n });
    expect(result.gateway.refund).toEqual(result.bank.refund);
  });

  it("reports each kind of difference once, with both sides as evidence", async () => {
    const phantom: SettlementLine = { ...line(gw("att_bb", 999n)), bankRef: "X1" };
    const { summary, mismatches, result } = await run(
      [
        // att_a dropped by the bank
        line(b, { status: "failed", fee: 0n }),
        phantom,
        line(c, { amount: 201n, fee: 1n }),
        line(d),
        line(r, { fee: 6n }),
      ],
      [a, b, c, d, r],
    );
    expect(summary).toEqual([
      ["missing_at_bank", "att_a"],
      ["status_differs", "att_b"],
      ["missing_at_gateway", "att_bb"],
      ["amount_differs", "att_c"],
      ["fee_differs", "rf_a"],
    ]);
    expect(mismatches[0]).toMatchObject({ bank: null, gateway: a, expectedFee: 25n });
    expect(mismatches[2]).toMatchObject({ bank: phantom, gateway: null, expectedFee: null });
    expect(mismatches[4]).toMatchObject({ bank: { fee: 6n }, gateway: r, expectedFee: 5n });
    expect(result.matched).toBe(1);
    expect(result.mismatches).toEqual({
      missing_at_bank: 1,
      missing_at_gateway: 1,
      status_differs: 1,
      amount_differs: 1,
      fee_differs: 1,
    });
  });

  it("reports status and amount both when both differ, and never the fee that follows from them", async () => {
    const { summary } = await run([line(a, { status: "failed", amount: 1n, fee: 0n })], [a]);
    expect(summary).toEqual([
      ["status_differs", "att_a"],
      ["amount_differs", "att_a"],
    ]);
  });

  it("counts payouts (the gateway keeps no records of them) without reporting them", async () => {
    const payout: SettlementLine = { ...line(a), kind: "payout", reference: "po_a", fee: 200n };
    const { result, mismatches } = await run([line(a), payout], [a]);
    expect(mismatches).toEqual([]);
    expect(result.unchecked).toEqual({ count: 1, amount: 10_000n, fee: 200n });
    expect(result.bank.payout.count).toBe(1);
  });

  it("handles one side being empty", async () => {
    expect((await run([], [a, b])).summary).toEqual([
      ["missing_at_bank", "att_a"],
      ["missing_at_bank", "att_b"],
    ]);
    expect((await run([line(a)], [])).summary).toEqual([["missing_at_gateway", "att_a"]]);
  });

  it("refuses a side that is not in strictly ascending order", async () => {
    await expect(run([line(b), line(a)], [a, b])).rejects.toMatchObject({ code: "invalid_request" });
    await expect(run([line(a), line(a)], [a])).rejects.toMatchObject({ code: "invalid_request" });
    await expect(run([line(a), line(b)], [b, a])).rejects.toMatchObject({ code: "internal_error" });
  });
});

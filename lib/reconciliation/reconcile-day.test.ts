import { describe, expect, it } from "vitest";
import type { BankFeeRule, SettlementLine } from "@/lib/banks";
import { MIDNIGHT_WINDOW_MS, reconcileDay } from "./reconcile-day";
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

async function run(
  lines: SettlementLine[],
  records: GatewayRecord[],
  options: { date?: string; previousDayLines?: SettlementLine[] } = {},
) {
  const mismatches: Mismatch[] = [];
  const result = await reconcileDay({
    bankCode: "icmb",
    date: options.date ?? "2026-11-22",
    lines: stream(lines),
    previousDayLines: options.previousDayLines && stream(options.previousDayLines),
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

describe("reconcileDay at midnight", () => {
  // Shanghai midnights: the 21st/22nd at 16:00 UTC on the 21st, the 22nd/23rd at 16:00 UTC on the 22nd.
  const at = (iso: string) => new Date(iso);
  const byReference = <T extends { reference: string }>(items: T[]) =>
    [...items].sort((x, y) => (x.reference < y.reference ? -1 : 1));
  /** What readGatewayRecords gives a day's run: its records and the window either side, in order. */
  const recordsOf = (date: string, records: GatewayRecord[]) => {
    const from = Date.parse(`${date}T00:00:00+08:00`) - MIDNIGHT_WINDOW_MS;
    const to = Date.parse(`${date}T00:00:00+08:00`) + 86_400_000 + MIDNIGHT_WINDOW_MS;
    return byReference(records.filter((r) => r.at.getTime() >= from && r.at.getTime() < to));
  };
  const onFile = (records: GatewayRecord[], bankAt: Date) =>
    byReference(records.map((r) => line(r, { at: bankAt })));
  /** The runs of the 22nd and the 23rd, each with the bank's file of the day before. */
  const days = async (files: Record<string, SettlementLine[]>, records: GatewayRecord[]) => {
    const dayRun = (date: string, previous: string) =>
      run(files[date] ?? [], recordsOf(date, records), { date, previousDayLines: files[previous] ?? [] });
    return [await dayRun("2026-11-22", "2026-11-21"), await dayRun("2026-11-23", "2026-11-22")] as const;
  };

  // The bank approved at 23:59:59.9 on the 22nd, the gateway recorded it at 00:00:00.2 on the 23rd.
  const bankFirst = gw("att_m1", 1_000n, { at: at("2026-11-22T16:00:00.200Z") });
  // The gateway recorded at 23:59:59.9 on the 22nd what the bank dated 00:00:00.1 on the 23rd.
  const gatewayFirst = gw("att_m2", 2_000n, { at: at("2026-11-22T15:59:59.900Z") });
  // The same at the previous midnight, and a refund the bank completed before it and the gateway after.
  const early = gw("att_m3", 3_000n, { at: at("2026-11-21T16:00:00.300Z") });
  const refund = gw("rf_m4", 400n, { at: at("2026-11-22T16:00:01.000Z") });
  const midday = gw("att_m5", 5_000n, { at: at("2026-11-22T04:00:00.000Z") });
  const nextMidday = gw("att_m6", 6_000n, { at: at("2026-11-23T04:00:00.000Z") });
  const beforeMidnight = at("2026-11-22T15:59:59.900Z");
  const afterMidnight = at("2026-11-22T16:00:00.100Z");

  it("matches what the two sides dated on either side of midnight, in both directions, opening nothing", async () => {
    const runs = await days(
      {
        "2026-11-21": onFile([early], at("2026-11-21T15:59:59.950Z")),
        "2026-11-22": byReference([
          ...onFile([bankFirst, refund], beforeMidnight),
          ...onFile([midday], midday.at),
        ]),
        "2026-11-23": byReference([
          ...onFile([gatewayFirst], afterMidnight),
          ...onFile([nextMidday], nextMidday.at),
        ]),
      },
      [bankFirst, gatewayFirst, early, refund, midday, nextMidday],
    );
    const [day, next] = runs;
    expect(day.summary).toEqual([]);
    expect(next.summary).toEqual([]);
    // Each movement matched once, by the day whose file holds it.
    expect(day.result.matched).toBe(3);
    expect(day.result.midnight).toEqual({ matchedAcross: 2, onPreviousFile: 1, leftToNextDay: 1 });
    expect(next.result.matched).toBe(2);
    expect(next.result.midnight).toEqual({ matchedAcross: 1, onPreviousFile: 2, leftToNextDay: 0 });
    for (const { result } of runs) {
      expect(result.gateway.payment).toEqual(result.bank.payment);
      expect(result.gateway.refund).toEqual(result.bank.refund);
    }
  });

  it("reports a movement near midnight on neither day's file once, in the later day's run", async () => {
    const lostBefore = gw("att_n1", 1_100n, { at: at("2026-11-22T15:57:00.000Z") });
    const lostAfter = gw("att_n2", 1_200n, { at: at("2026-11-22T16:02:00.000Z") });
    const lostAtStart = gw("att_n3", 1_300n, { at: at("2026-11-21T16:01:00.000Z") });
    const phantom = line(gw("att_n4", 1_400n), { at: beforeMidnight });
    const [day, next] = await days({ "2026-11-22": [phantom] }, [lostBefore, lostAfter, lostAtStart]);
    expect(day.summary).toEqual([
      ["missing_at_bank", "att_n3"],
      ["missing_at_gateway", "att_n4"],
    ]);
    expect(day.result.midnight.leftToNextDay).toBe(1);
    expect(next.summary).toEqual([
      ["missing_at_bank", "att_n1"],
      ["missing_at_bank", "att_n2"],
    ]);
    expect(next.mismatches[0]?.gateway).toEqual(lostBefore);
  });

  it("compares a movement matched across midnight like any other, and finds one the bank has on both days", async () => {
    const twice = gw("att_t1", 7_000n, { at: at("2026-11-22T16:00:00.500Z") });
    const changed = gw("att_t2", 8_000n, { at: at("2026-11-22T16:00:00.600Z") });
    const [day, next] = await days(
      {
        "2026-11-22": byReference([
          ...onFile([twice], beforeMidnight),
          line(changed, { amount: 8_001n, at: beforeMidnight }),
        ]),
        "2026-11-23": onFile([twice], afterMidnight),
      },
      [twice, changed],
    );
    expect(day.summary).toEqual([["amount_differs", "att_t2"]]);
    expect(next.summary).toEqual([["missing_at_gateway", "att_t1"]]);
    expect(next.mismatches[0]).toMatchObject({ bank: { amount: 7_000n }, gateway: null });
  });

  it("takes the day before's file to be empty when there is none, and refuses it out of order", async () => {
    const { summary } = await run([], [early], { date: "2026-11-22" });
    expect(summary).toEqual([["missing_at_bank", "att_m3"]]);
    // Read only as far as the records need it: here past att_l3 to att_l1.
    const unsorted = [line(gw("att_l3", 1n)), line(gw("att_l1", 1n)), line(early)];
    await expect(run([], [early], { previousDayLines: unsorted })).rejects.toMatchObject({
      code: "invalid_request",
    });
  });
});

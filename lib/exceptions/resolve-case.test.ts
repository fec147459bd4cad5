import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A real day at a real mock bank with every kind of mismatch injected into its settlement file: the
// run opens exactly those cases, a re-run opens none again, and resolving each one posts balanced
// entries (ledger check clean), once. Its own database: "exactly" needs a day no other test shares.
const GATEWAY_PORT = 48_000 + (process.pid % 1000);
const database = await vi.hoisted(async () => {
  const { createThrowawayDatabase } = await import("../../test/test-database");
  const created = await createThrowawayDatabase("exceptions");
  process.env.DATABASE_URL = created.url;
  process.env.APP_URL = `http://127.0.0.1:${48_000 + (process.pid % 1000)}`;
  return created;
});

const { db } = await import("@/lib/db");
const { createTestMerchant } = await import("@/lib/api/testing/merchant-client");
const { startBankHarness } = await import("@/lib/bank-gateway/testing");
const { shanghaiDay } = await import("@/lib/merchant-dashboard/shanghai-day");
const { BANKS, expectedSettlementFee } = await import("@/lib/banks");
const { accounts, checkLedger, getBalance } = await import("@/lib/ledger");
const { createRefund } = await import("@/lib/refunds/create-refund");
const { runReconciliation } = await import("@/lib/reconciliation/run-reconciliation");
const jobs = await import("@/lib/reconciliation/reconciliation-jobs");
const testing = await import("@/lib/reconciliation/testing");
const { resolveCase } = await import("./resolve-case");
const { getCase } = await import("./get-case");
const { listCases } = await import("./list-cases");

const BANK = "icmb";
const admin = { id: "usr_admin", email: "admin@paylane.local", role: "ADMIN" as const };
const reviewer = { id: "usr_reviewer", email: "reviewer@paylane.local", role: "REVIEWER" as const };

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

const bankUrl = () => harness.banks.banks.find((b) => b.code === BANK)?.url ?? "";
const today = () => shanghaiDay(new Date());

async function caseOf(kind: string, reference: string) {
  return db.exceptionCase.findFirstOrThrow({ where: { bankCode: BANK, kind: kind as never, reference } });
}

describe("exception cases of a reconciled day", () => {
  it("opens exactly the injected mismatches, once, and resolving each leaves the ledger clean", async () => {
    const dropped = await testing.paidAtBank(merchantId, BANK, 12_345n);
    const flipped = await testing.paidAtBank(merchantId, BANK, 20_000n);
    const changed = await testing.paidAtBank(merchantId, BANK, 30_001n);
    const clean = await testing.paidAtBank(merchantId, BANK, 40_000n);
    const refundId = await testing.refundedAtBank(merchantId, clean.orderId, 15_000n);
    // The bank approved this one but its answer never reached the gateway.
    const lost = await testing.unpaidAtBank(merchantId, BANK, 5_000n);
    const phantom = `att_${"z".repeat(26)}`;
    const fees = BANKS.find((b) => b.code === BANK)?.fees;
    if (!fees) throw new Error("no fee rule");
    const refundFee = expectedSettlementFee(fees, { kind: "refund", amount: 15_000n, status: "succeeded" });
    await testing.injectSettlementFaults(bankUrl(), today(), [
      { kind: "drop_line", reference: dropped.attemptId },
      { kind: "add_line", reference: lost.attemptId, type: "payment", amount: "5000" },
      { kind: "add_line", reference: phantom, type: "payment", amount: "8888" },
      { kind: "flip_status", reference: flipped.attemptId },
      { kind: "change_amount", reference: changed.attemptId, amount: "30000" },
      { kind: "change_fee", reference: refundId, fee: String(refundFee + 7n) },
    ]);

    const first = await runReconciliation(db, { bankCode: BANK, date: today(), trigger: "operator" });
    expect(first).toMatchObject({ status: "SUCCEEDED", error: null });
    expect(first.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const expected = [
      ["MISSING_AT_BANK", dropped.attemptId],
      ["MISSING_AT_GATEWAY", lost.attemptId],
      ["MISSING_AT_GATEWAY", phantom],
      ["STATUS_DIFFERS", flipped.attemptId],
      ["AMOUNT_DIFFERS", changed.attemptId],
      ["FEE_DIFFERS", refundId],
    ].sort();
    const opened = () =>
      db.exceptionCase
        .findMany({ where: { bankCode: BANK, businessDay: today() } })
        .then((cases) => cases.map((c) => [c.kind, c.reference]).sort());
    expect(await opened()).toEqual(expected);
    expect(await caseOf("AMOUNT_DIFFERS", changed.attemptId)).toMatchObject({
      delta: -1n,
      paymentId: changed.paymentId,
    });
    expect(await caseOf("FEE_DIFFERS", refundId)).toMatchObject({ delta: 7n, refundId });

    // Re-running the day finds the same cases: none is duplicated, each is marked seen again.
    const second = await runReconciliation(db, { bankCode: BANK, date: today(), trigger: "operator" });
    expect(second.status).toBe("SUCCEEDED");
    expect(await opened()).toEqual(expected);
    const all = await listCases(db, { bankCode: BANK, status: "OPEN" });
    expect(all.cases).toHaveLength(6);
    expect(all.cases.every((c) => c.runId === first.id && c.lastSeenRunId === second.id)).toBe(true);

    // Reviewers look, admins resolve.
    const phantomCase = await caseOf("MISSING_AT_GATEWAY", phantom);
    await expect(
      resolveCase(db, { caseId: phantomCase.id, action: "accept", note: "looked", actor: reviewer }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      resolveCase(db, { caseId: phantomCase.id, action: "accept", note: " ", actor: admin }),
    ).rejects.toMatchObject({ code: "invalid_request", field: "note" });
    await expect(
      resolveCase(db, { caseId: phantomCase.id, action: "complete_payment", note: "", actor: admin }),
    ).rejects.toMatchObject({ reason: "unknown_attempt", message: expect.stringMatching(/no attempt/) });
    await expect(
      resolveCase(db, { caseId: phantomCase.id, action: "adjust_fee", note: "", actor: admin }),
    ).rejects.toMatchObject({ code: "invalid_request", field: "action" });

    // Two admins at once: one resolves, the other is told it is done.
    const race = await Promise.allSettled([
      resolveCase(db, { caseId: phantomCase.id, action: "accept", note: "bank's error", actor: admin }),
      resolveCase(db, { caseId: phantomCase.id, action: "accept", note: "bank's error", actor: admin }),
    ]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = race.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/already resolved/),
    });

    // The lost approval: the payment succeeds as if the bank's notification had arrived.
    const lostCase = await caseOf("MISSING_AT_GATEWAY", lost.attemptId);
    const completed = await resolveCase(db, {
      caseId: lostCase.id,
      action: "complete_payment",
      note: "",
      actor: admin,
    });
    expect(completed).toMatchObject({ status: "RESOLVED", resolution: "complete_payment" });
    expect(completed.entryId).toMatch(/^je_/);
    expect(await db.payment.findUniqueOrThrow({ where: { id: lost.paymentId } })).toMatchObject({
      status: "SUCCEEDED",
      paidAttemptId: lost.attemptId,
    });
    expect(
      await db.notificationEvent.count({ where: { paymentId: lost.paymentId, type: "payment.succeeded" } }),
    ).toBe(1);

    // The payment the bank never received: taken back from the merchant, who is told by mail.
    const pendingBefore = await getBalance(db, accounts.merchantPending(merchantId));
    const droppedPayment = await db.payment.findUniqueOrThrow({ where: { id: dropped.paymentId } });
    const droppedCase = await caseOf("MISSING_AT_BANK", dropped.attemptId);
    await resolveCase(db, { caseId: droppedCase.id, action: "reverse_payment", note: "", actor: admin });
    expect(await getBalance(db, accounts.merchantPending(merchantId))).toBe(
      pendingBefore - (droppedPayment.amount - droppedPayment.fee),
    );
    expect(await db.job.count({ where: { dedupeKey: `payment.reversed:${dropped.paymentId}` } })).toBe(1);
    await expect(
      createRefund(db, {
        merchantId,
        orderId: dropped.orderId,
        refundId: "R-after-reversal",
        amount: 100n,
        source: "api",
      }),
    ).rejects.toMatchObject({ code: "payment_not_refundable" });

    const suspenseBefore = await getBalance(db, accounts.reconciliationSuspense());
    for (const [kind, reference] of [
      ["STATUS_DIFFERS", flipped.attemptId],
      ["AMOUNT_DIFFERS", changed.attemptId],
    ] as const) {
      const open = await caseOf(kind, reference);
      await resolveCase(db, { caseId: open.id, action: "post_adjustment", note: "to chase", actor: admin });
    }
    // The bank holds 20,000 (flipped to failed) + 1 (charged 30,000 for 30,001) less than our books said.
    expect(await getBalance(db, accounts.reconciliationSuspense())).toBe(suspenseBefore + 20_001n);

    const feeCase = await caseOf("FEE_DIFFERS", refundId);
    await resolveCase(db, { caseId: feeCase.id, action: "adjust_fee", note: "", actor: admin });
    expect(await getBalance(db, accounts.bankFees())).toBe(7n);

    expect(await db.exceptionCase.count({ where: { bankCode: BANK, status: "OPEN" } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetType: "exception_case" } })).toBe(6);
    const view = await getCase(db, feeCase.id);
    expect(view).toMatchObject({ actions: [], stillFound: true });
    expect(view.trail.map((t) => t.action)).toEqual(["exception.adjust_fee"]);
    expect(view.evidence.bank?.fee).toBe(refundFee + 7n);

    const report = await checkLedger(db);
    expect(report.breaches).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("records a failed run with its reason and no cases", async () => {
    const run = await runReconciliation(db, { bankCode: "nope", date: today(), trigger: "operator" });
    expect(run).toMatchObject({ status: "FAILED", error: "No such bank." });
    expect(await db.exceptionCase.count({ where: { runId: run.id } })).toBe(0);

    const broken = await runReconciliation(db, {
      bankCode: BANK,
      date: "2026-01-05",
      trigger: "operator",
      reconcile: async (_db, options) => {
        await options.onMismatch({
          kind: "missing_at_gateway",
          reference: "att_x",
          bank: null,
          gateway: null,
          expectedFee: null,
        });
        throw new Error("the connection dropped");
      },
    });
    expect(broken).toMatchObject({ status: "FAILED", error: "internal error" });
    expect(await db.exceptionCase.count({ where: { businessDay: "2026-01-05" } })).toBe(0);
  });

  it("runs one reconciliation of a day at a time, and takes over from one whose process died", async () => {
    const date = "2026-01-06";
    const started = (minutesAgo: number) =>
      db.reconciliationRun.create({
        data: {
          id: `rcn_${minutesAgo}`,
          bankCode: BANK,
          businessDay: date,
          trigger: "schedule",
          startedAt: new Date(Date.now() - minutesAgo * 60_000),
        },
      });
    const live = await started(1);
    await expect(runReconciliation(db, { bankCode: BANK, date, trigger: "operator" })).rejects.toMatchObject({
      code: "conflict",
    });
    await db.reconciliationRun.update({
      where: { id: live.id },
      data: { startedAt: new Date(Date.now() - 3_600_000) },
    });
    const run = await runReconciliation(db, { bankCode: BANK, date, trigger: "operator" });
    expect(run.status).toBe("SUCCEEDED");
    expect(await db.reconciliationRun.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      status: "FAILED",
      error: "interrupted",
    });
  });

  it("schedules yesterday once per enabled bank and skips a day already reconciled", async () => {
    await jobs.scheduleReconciliationJob();
    await jobs.scheduleReconciliationJob();
    const queued = await db.job.findMany({ where: { type: jobs.RECONCILE_BANK_DAY_JOB } });
    expect(queued.map((j) => j.dedupeKey).sort()).toEqual(
      ["ccmb", "icmb", "mcmb"].map((bank) => expect.stringContaining(`:${bank}:`)),
    );

    const runs = await db.reconciliationRun.count();
    await jobs.reconcileBankDayJob({ bankCode: BANK, date: today() });
    expect(await db.reconciliationRun.count()).toBe(runs);
  });
});

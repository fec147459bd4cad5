import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now, setClockOffset } from "@/lib/clock";
import { APPROVED } from "@/lib/banks/testing/flows";
import { checkLedger } from "@/lib/ledger";
import { paidPayment, testBankCode } from "@/lib/payments/testing";
import { commissionPayoutJob } from "./commission-jobs";
import { monthBefore, monthOf, nextMonth, payableMonth } from "./commission-month";
import { payAgentCommissions, payCommissionsForMonth } from "./pay-agent-commissions";
import { agentWithMerchant, COMMISSION_ADMIN, moveClockInto, owed } from "./testing";

afterEach(() => {
  setClockOffset(0);
});
afterAll(async () => {
  expect((await checkLedger(db)).ok).toBe(true);
  await db.$disconnect();
});

const monthRefusal = { code: "invalid_request", field: "month" };

/** An agent owed one payment's commission (12 fen) at a bank of its own. */
async function agentOwed12() {
  const { agent, merchant } = await agentWithMerchant(APPROVED, testBankCode());
  await paidPayment(merchant.id, { amount: 10_000n });
  return agent;
}

/** Breaks an agent's payout account as a row copied from another would be: it no longer unseals. */
async function breakAccount(agentId: string, sealedElsewhere: string): Promise<() => Promise<void>> {
  const { accountNumberSealed } = await db.agent.findUniqueOrThrow({ where: { id: agentId } });
  await db.agent.update({ where: { id: agentId }, data: { accountNumberSealed: sealedElsewhere } });
  return async () => {
    await db.agent.update({ where: { id: agentId }, data: { accountNumberSealed } });
  };
}

describe("payableMonth", () => {
  it("accepts a month that has begun, trimmed", () => {
    const at = new Date("2026-11-15T04:00:00Z");
    expect(payableMonth("2026-11", at)).toBe("2026-11");
    expect(payableMonth(" 2026-10 ", at)).toBe("2026-10");
    expect(payableMonth("2019-01", at)).toBe("2019-01");
    // 2026-11-30T16:00Z is already December in Shanghai.
    expect(payableMonth("2026-12", new Date("2026-11-30T16:00:00Z"))).toBe("2026-12");
  });

  it.each(["2026-13", "2026-1", "26-11", "", "November", "2026-11-01"])(
    "refuses %j, naming the field month",
    (text) => {
      expect(() => payableMonth(text, new Date("2026-11-15T04:00:00Z"))).toThrow(
        expect.objectContaining(monthRefusal),
      );
    },
  );

  it("refuses a month that has not begun, naming the field month", () => {
    expect(() => payableMonth("2026-12", new Date("2026-11-30T15:59:59Z"))).toThrow(
      expect.objectContaining({ ...monthRefusal, message: "That month has not begun." }),
    );
  });
});

describe("paying commissions", () => {
  it("refuses a month not begun and an unknown agent, paying nothing", async () => {
    const agent = await agentOwed12();
    const future = nextMonth(monthOf(now()));
    await expect(payAgentCommissions(db, { agentId: agent.id, month: future })).rejects.toMatchObject(
      monthRefusal,
    );
    await expect(payAgentCommissions(db, { agentId: agent.id, month: "2026-13" })).rejects.toMatchObject(
      monthRefusal,
    );
    await expect(payCommissionsForMonth(db, future)).rejects.toMatchObject(monthRefusal);
    await expect(
      payAgentCommissions(db, { agentId: "agt_nobody", month: monthOf(now()) }),
    ).rejects.toMatchObject({ code: "not_found", field: "agentId" });
    expect(await db.commissionPayout.count({ where: { agentId: agent.id } })).toBe(0);
    expect(await owed(agent.id)).toBe(12n);
  });

  it("audits an admin's payout, not the monthly job's", async () => {
    const [byAdmin, byJob] = [await agentOwed12(), await agentOwed12()];
    const month = monthOf(now());
    const payout = await payAgentCommissions(db, { agentId: byAdmin.id, month, actor: COMMISSION_ADMIN });
    const audit = await db.auditLog.findMany({ where: { targetType: "agent", targetId: byAdmin.id } });
    expect(audit.filter((entry) => entry.action === "agent.commissions_paid")).toEqual([
      expect.objectContaining({
        actorId: COMMISSION_ADMIN.id,
        actorEmail: COMMISSION_ADMIN.email,
        after: { payoutId: payout?.id, month, amount: "12", accruals: 1 },
        note: `¥0.12 to ${byAdmin.bankCode} ****${byAdmin.accountLast4}`,
      }),
    ]);

    expect(await payAgentCommissions(db, { agentId: byJob.id, month })).toMatchObject({ amount: 12n });
    expect(
      await db.auditLog.count({
        where: { targetType: "agent", targetId: byJob.id, action: "agent.commissions_paid" },
      }),
    ).toBe(0);
  });

  it("pays every agent it can when one cannot be paid, and the one is paid once its account is sound", async () => {
    const [first, broken, last] = [await agentOwed12(), await agentOwed12(), await agentOwed12()];
    const ours = [first.id, broken.id, last.id];
    const restore = await breakAccount(broken.id, first.accountNumberSealed);
    const month = monthOf(now());
    try {
      const run = await payCommissionsForMonth(db, month);
      expect(run.month).toBe(month);
      const paid = run.payouts.filter((payout) => ours.includes(payout.agentId));
      expect(paid.map((payout) => [payout.agentId, payout.amount])).toEqual(
        expect.arrayContaining([
          [first.id, 12n],
          [last.id, 12n],
        ]),
      );
      expect(paid).toHaveLength(2);
      expect(run.failed.filter((failure) => ours.includes(failure.agentId))).toEqual([
        { agentId: broken.id, error: expect.any(Error) },
      ]);
      expect([await owed(first.id), await owed(broken.id), await owed(last.id)]).toEqual([0n, 12n, 0n]);
      expect(await db.commissionPayout.count({ where: { agentId: broken.id } })).toBe(0);
      expect(await db.withdrawal.count({ where: { agentId: broken.id } })).toBe(0);
    } finally {
      await restore();
    }
    const again = await payCommissionsForMonth(db, month);
    expect(again.failed.filter((failure) => ours.includes(failure.agentId))).toEqual([]);
    expect(
      again.payouts.filter((payout) => ours.includes(payout.agentId)).map((payout) => payout.agentId),
    ).toEqual([broken.id]);
    expect(await owed(broken.id)).toBe(0n);
  });

  it("the monthly job pays last month for the agents it can, then fails naming the one it could not", async () => {
    const [paid, broken] = [await agentOwed12(), await agentOwed12()];
    const month = monthOf(now());
    const restore = await breakAccount(broken.id, paid.accountNumberSealed);
    try {
      moveClockInto(nextMonth(month));
      expect(monthBefore(`${monthOf(now())}-01`)).toBe(month);
      await expect(commissionPayoutJob()).rejects.toThrow(
        `commission payouts for ${month} failed for ${broken.id}`,
      );
      expect(await owed(paid.id)).toBe(0n);
      expect(await owed(broken.id)).toBe(12n);
    } finally {
      await restore();
    }
    await commissionPayoutJob();
    expect(await owed(broken.id)).toBe(0n);
  });
});

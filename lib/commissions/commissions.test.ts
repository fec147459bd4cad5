import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now, setClockOffset } from "@/lib/clock";
import { APPROVED } from "@/lib/banks/testing/flows";
import { paidPayment } from "@/lib/payments/testing";
import { reversePayment } from "@/lib/payments/reverse-payment";
import { commissionFor } from "./commission-lines";
import { monthOf, nextMonth } from "./commission-month";
import { commissionMonths } from "./commission-movements";
import { commissionStatementCsv } from "./commission-statement";
import { payAgentCommissions } from "./pay-agent-commissions";
import { agentWithMerchant, moveClockInto, owed, settleWithdrawal, harnessForFile } from "./testing";

const harness = harnessForFile();
afterEach(() => {
  setClockOffset(0);
});

const bankCode = () => harness().registry.list()[0]?.code ?? "icmb";
const settle = (withdrawalId: string) => settleWithdrawal(harness().registry, withdrawalId);

describe("commissions", () => {
  it("rounds the agent's share of a fee down to the fen", () => {
    expect(commissionFor(60n, 2_000)).toBe(12n);
    expect(commissionFor(61n, 2_500)).toBe(15n);
    expect(commissionFor(0n, 10_000)).toBe(0n);
  });

  it("accrue in the payment's own entry, are taken back by a reversal, and are paid monthly through the bank", async () => {
    const { agent, merchant } = await agentWithMerchant(APPROVED, bankCode());
    expect(agent.accountNumberSealed).not.toContain(APPROVED);
    const kept = await paidPayment(merchant.id, { amount: 10_000n });
    const reversed = await paidPayment(merchant.id, { amount: 10_000n });
    expect(await owed(agent.id)).toBe(24n);
    const entry = await db.journalEntry.findUniqueOrThrow({
      where: { eventType_eventId: { eventType: "payment.succeeded", eventId: kept.id } },
      include: { postings: { include: { account: true } } },
    });
    expect(
      entry.postings.filter((p) => p.account.code.startsWith("agent_commissions:")).map((p) => p.amount),
    ).toEqual([12n]);

    await db.$transaction((tx) =>
      reversePayment(tx, { attemptId: reversed.paidAttemptId ?? "", eventId: `case_${reversed.id}` }),
    );
    expect(await owed(agent.id)).toBe(12n);

    const month = monthOf(now());
    const payout = await payAgentCommissions(db, { agentId: agent.id, month });
    expect(payout).toMatchObject({ amount: 12n, accrualCount: 1, status: "PROCESSING" });
    expect(await owed(agent.id)).toBe(0n);
    // Once per agent and month, however often it runs.
    expect(await payAgentCommissions(db, { agentId: agent.id, month })).toBeNull();

    const withdrawal = await settle(payout?.withdrawalId ?? "");
    expect(withdrawal).toMatchObject({ status: "SUCCEEDED", agentId: agent.id, amount: 12n });
    expect(await db.commissionPayout.findUniqueOrThrow({ where: { id: payout?.id } })).toMatchObject({
      status: "PAID",
    });

    const csv = (await commissionStatementCsv(db, { agentId: agent.id, month })).trimEnd().split("\n");
    expect(csv[0]).toBe(
      "accrued_at,merchant_id,merchant_name,payment_id,order_id,payment_amount,fee,share_bps,commission,status,payout_id",
    );
    expect(csv.find((line) => line.includes(kept.id))).toContain(`,10000,60,2000,12,paid,${payout?.id}`);
    expect(csv.find((line) => line.includes(reversed.id))).toContain(",10000,60,2000,12,reversed,");
    // The agent keeps what accrued less what was reversed (12 fen), all of it paid out this month.
    expect(csv.slice(-5)).toEqual([
      "total_accrued,,,,,,120,,24,,",
      "total_reversed,,,,,,,,-12,,",
      "total_paid_out,,,,,,,,-12,,",
      "total_payout_failed,,,,,,,,0,,",
      "net_movement,,,,,,,,0,,",
    ]);
    expect(await commissionMonths(db, agent.id)).toEqual([
      { month, payments: 2, fees: 120n, accrued: 24n, reversed: 12n, paidOut: 12n, returned: 0n, net: 0n },
    ]);
  });

  it("a payout the bank refuses goes back to the agent and is paid with the next month", async () => {
    const { agent, merchant } = await agentWithMerchant("6222021234567890", bankCode());
    await paidPayment(merchant.id, { amount: 50_000n });
    expect(await owed(agent.id)).toBe(60n);
    const month = monthOf(now());
    const payout = await payAgentCommissions(db, { agentId: agent.id, month });
    expect(await settle(payout?.withdrawalId ?? "")).toMatchObject({
      status: "FAILED",
      failureReason: "account_unknown",
    });
    expect(await db.commissionPayout.findUniqueOrThrow({ where: { id: payout?.id } })).toMatchObject({
      status: "FAILED",
    });
    expect(await owed(agent.id)).toBe(60n);
    expect(await db.commissionAccrual.count({ where: { agentId: agent.id, payoutId: null } })).toBe(1);
    // The refused month is not paid again; the next one takes its commissions once it has begun.
    expect(await payAgentCommissions(db, { agentId: agent.id, month })).toBeNull();
    moveClockInto(nextMonth(month));
    expect(await payAgentCommissions(db, { agentId: agent.id, month: nextMonth(month) })).toMatchObject({
      amount: 60n,
    });
    expect(await owed(agent.id)).toBe(0n);
  });
});

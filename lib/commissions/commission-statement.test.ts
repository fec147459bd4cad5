import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { APPROVED } from "@/lib/banks/testing/flows";
import { paidPayment } from "@/lib/payments/testing";
import { reversePayment } from "@/lib/payments/reverse-payment";
import { monthBefore, monthBounds, monthOf } from "./commission-month";
import { commissionMonths } from "./commission-movements";
import { commissionStatementCsv, streamCommissionStatement } from "./commission-statement";
import { payAgentCommissions } from "./pay-agent-commissions";
import { agentWithMerchant, ledgerMovement, owed, settleWithdrawal, harnessForFile } from "./testing";

const harness = harnessForFile();

const bankCode = () => harness().registry.list()[0]?.code ?? "icmb";

async function statement(agentId: string, month: string, batchSize?: number): Promise<string[]> {
  return (await commissionStatementCsv(db, { agentId, month, batchSize })).trimEnd().split("\n");
}

/** The statement's columns for one payment's line: commission, status, payout_id. */
function outcome(lines: string[], paymentId: string): string {
  return (lines.find((line) => line.includes(paymentId)) ?? "").split(",").slice(-3).join(",");
}

describe("commission statements", () => {
  it("say where each commission stands, incl. a refused payout's, and close on the account's movement", async () => {
    const { agent, merchant } = await agentWithMerchant("6222021234567890", bankCode());
    const month = monthOf(now());
    const first = await paidPayment(merchant.id, { amount: 50_000n });
    const payout = await payAgentCommissions(db, { agentId: agent.id, month });
    expect(outcome(await statement(agent.id, month), first.id)).toBe(`60,payout_processing,${payout?.id}`);

    expect(await settleWithdrawal(harness().registry, payout?.withdrawalId ?? "")).toMatchObject({
      status: "FAILED",
    });
    const unpaid = await paidPayment(merchant.id, { amount: 10_000n });
    const reversed = await paidPayment(merchant.id, { amount: 10_000n });
    await db.$transaction((tx) =>
      reversePayment(tx, { attemptId: reversed.paidAttemptId ?? "", eventId: `case_${reversed.id}` }),
    );

    const lines = await statement(agent.id, month);
    expect(lines).toHaveLength(1 + 3 + 5);
    expect(outcome(lines, first.id)).toBe(`60,payout_failed,${payout?.id}`);
    expect(outcome(lines, unpaid.id)).toBe("12,accrued,");
    expect(outcome(lines, reversed.id)).toBe("12,reversed,");
    expect(lines.slice(-5)).toEqual([
      "total_accrued,,,,,,420,,84,,",
      "total_reversed,,,,,,,,-12,,",
      "total_paid_out,,,,,,,,-60,,",
      "total_payout_failed,,,,,,,,60,,",
      "net_movement,,,,,,,,72,,",
    ]);
    expect(await ledgerMovement(agent.id, month)).toBe(72n);
    expect(await owed(agent.id)).toBe(72n);
    expect(await commissionMonths(db, agent.id)).toEqual([
      { month, payments: 3, fees: 420n, accrued: 84n, reversed: 12n, paidOut: 60n, returned: 60n, net: 72n },
    ]);
  });

  it("count a commission in the month its payment's entry was booked, even when it accrued a moment before", async () => {
    const { agent, merchant } = await agentWithMerchant(APPROVED, bankCode());
    const month = monthOf(now());
    const payment = await paidPayment(merchant.id, { amount: 10_000n });
    // As if the payment's transaction straddled midnight at the end of last month.
    const accruedAt = new Date(monthBounds(month).start.getTime() - 1);
    await db.commissionAccrual.update({ where: { paymentId: payment.id }, data: { accruedAt } });

    const lines = await statement(agent.id, month);
    expect(lines.find((line) => line.includes(payment.id))).toMatch(
      new RegExp(`^${accruedAt.toISOString()},.*,12,accrued,$`),
    );
    expect(lines.at(-1)).toBe("net_movement,,,,,,,,12,,");
    expect(await ledgerMovement(agent.id, month)).toBe(12n);
    expect(await statement(agent.id, monthBefore(`${month}-01`))).toEqual([
      lines[0],
      "total_accrued,,,,,,0,,0,,",
      "total_reversed,,,,,,,,0,,",
      "total_paid_out,,,,,,,,0,,",
      "total_payout_failed,,,,,,,,0,,",
      "net_movement,,,,,,,,0,,",
    ]);
    expect((await commissionMonths(db, agent.id)).map((m) => m.month)).toEqual([month]);
  });

  it("read in keyset batches give the same statement, and stream it", async () => {
    const { agent, merchant } = await agentWithMerchant(APPROVED, bankCode());
    const month = monthOf(now());
    const payments = [];
    for (let i = 0; i < 5; i++) payments.push(await paidPayment(merchant.id, { amount: 10_000n }));
    const whole = await statement(agent.id, month);
    expect(whole).toHaveLength(1 + 5 + 5);
    for (const payment of payments) expect(whole.filter((line) => line.includes(payment.id))).toHaveLength(1);
    expect(await statement(agent.id, month, 2)).toEqual(whole);
    expect(await statement(agent.id, month, 5)).toEqual(whole);
    const streamed = await new Response(streamCommissionStatement(db, { agentId: agent.id, month })).text();
    expect(streamed.trimEnd().split("\n")).toEqual(whole);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { APPROVED } from "@/lib/banks/testing/flows";
import { startHarness, type Harness } from "@/lib/banks/testing/harness";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { paidPayment } from "@/lib/payments/testing";
import { reversePayment } from "@/lib/payments/reverse-payment";
import { processWithdrawal } from "@/lib/withdrawals/process-withdrawal";
import { createAgent, setMerchantAgent } from "./agents";
import { commissionFor } from "./commission-lines";
import { nextMonth } from "./commission-month";
import { commissionMonths, commissionStatementCsv } from "./commission-statement";
import { payAgentCommissions } from "./pay-agent-commissions";

const ADMIN = { id: "usr_commission_test", email: "commission-admin@example.com" };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
  expect((await checkLedger(db)).ok).toBe(true);
  await db.$disconnect();
});

const bankCode = () => harness.registry.list()[0]?.code ?? "icmb";

async function agentWithMerchant(accountNumber: string) {
  const agent = await createAgent(
    db,
    ADMIN,
    {
      name: "Harbor Partners",
      email: `harbor-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
      sharePercent: "20",
      bankCode: bankCode(),
      accountName: "Harbor Partners Ltd",
      accountNumber,
    },
    [bankCode()],
  );
  expect(agent.accountNumberSealed).not.toContain(accountNumber);
  const merchant = await createMerchant(db, {
    name: "Agent's Shop",
    email: "agents-shop@example.com",
    siteUrl: "https://agents-shop.example",
    status: "ACTIVE",
  });
  await setMerchantAgent(db, ADMIN, merchant.id, agent.id);
  return { agent, merchant };
}

async function settle(withdrawalId: string) {
  for (let i = 0; i < 50; i++) {
    await processWithdrawal(db, withdrawalId, (code) => harness.registry.connector(code));
    const row = await db.withdrawal.findUniqueOrThrow({ where: { id: withdrawalId } });
    if (row.status !== "PROCESSING") return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("payout stayed processing");
}

const owed = (agentId: string) => getBalance(db, accounts.agentCommissions(agentId));

describe("commissions", () => {
  it("rounds the agent's share of a fee down to the fen", () => {
    expect(commissionFor(60n, 2_000)).toBe(12n);
    expect(commissionFor(61n, 2_500)).toBe(15n);
    expect(commissionFor(0n, 10_000)).toBe(0n);
  });

  it("accrue in the payment's own entry, are taken back by a reversal, and are paid monthly through the bank", async () => {
    const { agent, merchant } = await agentWithMerchant(APPROVED);
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

    const month = shanghaiDay(now()).slice(0, 7);
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
    expect(csv.at(-1)).toBe("total,,,,,,,,12,,");
    expect(await commissionMonths(db, agent.id)).toEqual([
      { month, payments: 2, fees: 120n, accrued: 24n, reversed: 12n, paid: 12n },
    ]);
  });

  it("a payout the bank refuses goes back to the agent and is paid with the next month", async () => {
    const { agent, merchant } = await agentWithMerchant("6222021234567890");
    await paidPayment(merchant.id, { amount: 50_000n });
    expect(await owed(agent.id)).toBe(60n);
    const month = shanghaiDay(now()).slice(0, 7);
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
    expect(await payAgentCommissions(db, { agentId: agent.id, month: nextMonth(month) })).toMatchObject({
      amount: 60n,
    });
    expect(await owed(agent.id)).toBe(0n);
  });
});

// Test support for commissions: the mock banks, an agent with a merchant, the ledger's view of its
// account, a payout settled by the bank.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { BankRegistry } from "@/lib/banks/registry";
import { startHarness, type Harness } from "@/lib/banks/testing/harness";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { processWithdrawal } from "@/lib/withdrawals/process-withdrawal";
import { createAgent, setMerchantAgent } from "./agents";
import { monthBounds } from "./commission-month";

/**
 * Starts the mock banks for the test file and stops them after it, checking the ledger last. Returns
 * the bank registry's getter (there once beforeAll has run).
 */
export function harnessForFile(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.stop();
    expect((await checkLedger(db)).ok).toBe(true);
    await db.$disconnect();
  });
  return () => {
    if (!harness) throw new Error("the bank harness has not started");
    return harness;
  };
}

export const COMMISSION_ADMIN = { id: "usr_commission_test", email: "commission-admin@example.com" };

/** An agent taking 20% of the fee, paid to `accountNumber` at `bankCode`, and an active merchant it brought. */
export async function agentWithMerchant(accountNumber: string, bankCode: string) {
  const tag = randomBytes(5).toString("hex");
  const agent = await createAgent(
    db,
    COMMISSION_ADMIN,
    {
      name: `Harbor Partners ${tag}`,
      email: `harbor-${tag}@example.com`,
      sharePercent: "20",
      bankCode,
      accountName: "Harbor Partners Ltd",
      accountNumber,
    },
    [bankCode],
  );
  const merchant = await createMerchant(db, {
    name: `Agent's Shop ${tag}`,
    email: `agents-shop-${tag}@example.com`,
    siteUrl: "https://agents-shop.example",
    status: "ACTIVE",
  });
  await setMerchantAgent(db, COMMISSION_ADMIN, merchant.id, agent.id);
  return { agent, merchant };
}

/** What the agent is owed: its commissions account's balance. */
export function owed(agentId: string): Promise<bigint> {
  return getBalance(db, accounts.agentCommissions(agentId));
}

/** The ledger's movement of the agent's commissions account over a Shanghai month, read from postings. */
export async function ledgerMovement(agentId: string, month: string): Promise<bigint> {
  const { start, end } = monthBounds(month);
  const [row] = await db.$queryRaw<{ movement: bigint }[]>(Prisma.sql`
    SELECT COALESCE(SUM(p.amount), 0)::bigint AS movement
      FROM postings p JOIN ledger_accounts a ON a.id = p."accountId"
     WHERE a.code = ${accounts.agentCommissions(agentId).code}
       AND p."createdAt" >= ${start} AND p."createdAt" < ${end}`);
  return row?.movement ?? 0n;
}

/** Runs a withdrawal through the bank until the bank has decided it. */
export async function settleWithdrawal(registry: BankRegistry, withdrawalId: string) {
  for (let i = 0; i < 50; i++) {
    await processWithdrawal(db, withdrawalId, (code) => registry.connector(code));
    const row = await db.withdrawal.findUniqueOrThrow({ where: { id: withdrawalId } });
    if (row.status !== "PROCESSING") return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("payout stayed processing");
}

/** Moves the app's clock to an hour into a Shanghai month (tests reset it with setClockOffset(0)). */
export function moveClockInto(month: string): void {
  setClockOffset(monthBounds(month).start.getTime() + 60 * 60_000 - Date.now());
}

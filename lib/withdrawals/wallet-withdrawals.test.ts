import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { APPROVED } from "@/lib/banks/testing/flows";
import { startHarness, type Harness } from "@/lib/banks/testing/harness";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { fund } from "@/lib/ledger/test-helpers";
import { createUser } from "@/lib/users/create-user";
import { processWithdrawal } from "./process-withdrawal";
import { requestWalletWithdrawal, type WalletWithdrawalInput } from "./request-wallet-withdrawal";

const PASSWORD = "correct horse battery";
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
  expect((await checkLedger(db)).ok).toBe(true);
});

const connectorFor = (code: string) => harness.registry.connector(code);
const bank = () => harness.registry.list()[0]?.code ?? "icmb";

async function walletUser(balance: bigint) {
  const user = await db.$transaction((tx) =>
    createUser(tx, {
      email: `w${randomBytes(5).toString("hex")}@example.com`,
      password: PASSWORD,
      role: "WALLET_USER",
      verified: true,
    }),
  );
  await fund(db, accounts.wallet(user.id), balance);
  return user.id;
}

function withdraw(userId: string, overrides: Partial<WalletWithdrawalInput> = {}) {
  return requestWalletWithdrawal(db, {
    userId,
    bankCode: bank(),
    knownBanks: harness.registry.list().map((b) => b.code),
    cardNumber: APPROVED,
    accountName: "Alice Wang",
    amount: 3_000n,
    password: PASSWORD,
    idempotencyKey: newId("key"),
    ...overrides,
  });
}

async function settle(withdrawalId: string) {
  for (let i = 0; i < 50; i++) {
    await processWithdrawal(db, withdrawalId, connectorFor);
    const row = await db.withdrawal.findUniqueOrThrow({ where: { id: withdrawalId } });
    if (row.status !== "PROCESSING") return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("withdrawal stayed processing");
}

const balanceOf = (userId: string) => getBalance(db, accounts.wallet(userId));

describe("wallet withdrawals to the user's bank card", () => {
  it("pays out through the bank; the card number is kept sealed; a double submit withdraws once", async () => {
    const userId = await walletUser(10_000n);
    const idempotencyKey = newId("key");
    const [first, again] = await Promise.all([
      withdraw(userId, { idempotencyKey }),
      withdraw(userId, { idempotencyKey }),
    ]);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: "PROCESSING", accountLast4: APPROVED.slice(-4), merchantId: null });
    expect(first.accountNumberSealed).not.toContain(APPROVED);
    expect(await balanceOf(userId)).toBe(7_000n);
    expect(await settle(first.id)).toMatchObject({ status: "SUCCEEDED" });
    expect(await balanceOf(userId)).toBe(7_000n);
  });

  it("puts the money back in the wallet when the bank refuses the card", async () => {
    const userId = await walletUser(5_000n);
    const withdrawal = await withdraw(userId, { cardNumber: "6222021234567890", amount: 5_000n });
    expect(await balanceOf(userId)).toBe(0n);
    expect(await settle(withdrawal.id)).toMatchObject({ status: "FAILED", failureReason: "account_unknown" });
    expect(await balanceOf(userId)).toBe(5_000n);
  });

  it("refuses a wrong password, a bad card number, more than the balance, naming the field", async () => {
    const userId = await walletUser(1_000n);
    await expect(withdraw(userId, { password: "nope nope" })).rejects.toMatchObject({ field: "password" });
    await expect(withdraw(userId, { cardNumber: "1234" })).rejects.toMatchObject({ field: "cardNumber" });
    await expect(withdraw(userId, { amount: 1_001n })).rejects.toMatchObject({
      code: "insufficient_funds",
      field: "amount",
    });
    await expect(withdraw(userId, { amount: 0n })).rejects.toMatchObject({ field: "amount" });
    expect(await db.withdrawal.count({ where: { userId } })).toBe(0);
    expect(await balanceOf(userId)).toBe(1_000n);
  });
});

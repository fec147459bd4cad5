import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { fund } from "@/lib/ledger/test-helpers";
import { createUser } from "@/lib/users/create-user";
import { signUpWalletUser } from "@/lib/auth/sign-up";
import { verifyEmail } from "@/lib/auth/verify-email";
import { sendMoney, type SendMoneyInput } from "./send-money";
import { cancelTransfer } from "./cancel-transfer";
import { returnExpiredTransfers } from "./return-expired-transfers";
import { CLAIM_WINDOW_MS, DAILY_SEND_LIMIT, PASSWORD_RECHECK_ABOVE } from "./transfer-rules";

const PASSWORD = "correct horse battery";

afterAll(async () => {
  setClockOffset(0);
  expect((await checkLedger(db)).ok).toBe(true);
});

const newEmail = () => `u${randomBytes(5).toString("hex")}@example.com`;

async function walletUser(balance: bigint, verified = true) {
  const user = await db.$transaction((tx) =>
    createUser(tx, { email: newEmail(), password: PASSWORD, role: "WALLET_USER", verified }),
  );
  if (balance > 0n) await fund(db, accounts.wallet(user.id), balance);
  return user;
}

const balanceOf = (userId: string) => getBalance(db, accounts.wallet(userId));

function send(senderId: string, recipientEmail: string, amount: bigint, extra: Partial<SendMoneyInput> = {}) {
  return sendMoney(db, { senderId, recipientEmail, amount, idempotencyKey: newId("key"), ...extra });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return `${error.code}:${error.field ?? ""}`;
    throw error;
  }
  return "ok";
}

const mailsTo = (email: string) =>
  db.job.count({ where: { type: "mail.send", payload: { path: ["to"], equals: email } } });

describe("sending to a registered address", () => {
  it("credits the recipient at once and mails both, with the pairing code", async () => {
    const alice = await walletUser(10_000n);
    const bob = await walletUser(0n);
    const { transfer } = await send(alice.id, bob.email.toUpperCase(), 2_500n, { note: "lunch" });
    expect(transfer).toMatchObject({ status: "COMPLETED", recipientId: bob.id, recipientEmail: bob.email });
    expect(transfer.pairingCode).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    expect(await balanceOf(alice.id)).toBe(7_500n);
    expect(await balanceOf(bob.id)).toBe(2_500n);
    expect(await mailsTo(alice.email)).toBe(1);
    expect(await mailsTo(bob.email)).toBe(1);
  });
});

describe("sending to an address with no account", () => {
  it("holds the money until the address is verified, then credits the new account", async () => {
    const alice = await walletUser(10_000n);
    const carol = newEmail();
    const held = await getBalance(db, accounts.pendingClaims());
    const { transfer } = await send(alice.id, carol, 5_000n);
    expect(transfer.status).toBe("UNCLAIMED");
    expect(transfer.expiresAt!.getTime() - transfer.createdAt.getTime()).toBe(CLAIM_WINDOW_MS);
    expect(await balanceOf(alice.id)).toBe(5_000n);
    expect(await getBalance(db, accounts.pendingClaims())).toBe(held + 5_000n);
    expect(await mailsTo(carol)).toBe(1);

    const { userId } = await signUpWalletUser(db, { email: carol, password: PASSWORD });
    expect(await balanceOf(userId)).toBe(0n); // signing up is not proof of owning the address
    const token = await db.emailToken.findFirstOrThrow({ where: { userId, purpose: "VERIFY_EMAIL" } });
    expect(token).toBeTruthy();
  });

  it("the verification link claims it", async () => {
    const alice = await walletUser(10_000n);
    const dave = newEmail();
    await send(alice.id, dave, 1_234n);
    const { userId } = await signUpWalletUser(db, { email: dave, password: PASSWORD });
    const { issueEmailToken } = await import("@/lib/auth/email-tokens");
    const token = await db.$transaction((tx) => issueEmailToken(tx, userId, "VERIFY_EMAIL"));
    expect(await verifyEmail(db, token)).toBe(true);
    expect(await balanceOf(userId)).toBe(1_234n);
    const claimed = await db.walletTransfer.findFirstOrThrow({ where: { recipientEmail: dave } });
    expect(claimed).toMatchObject({ status: "CLAIMED", recipientId: userId });
    expect(await refusal(cancelTransfer(db, { userId: alice.id, transferId: claimed.id }))).toBe("conflict:");
  });

  it("the sender can cancel before it is claimed; nobody else can", async () => {
    const alice = await walletUser(10_000n);
    const mallory = await walletUser(0n);
    const { transfer } = await send(alice.id, newEmail(), 4_000n);
    expect(await refusal(cancelTransfer(db, { userId: mallory.id, transferId: transfer.id }))).toBe(
      "not_found:",
    );
    const cancelled = await cancelTransfer(db, { userId: alice.id, transferId: transfer.id });
    expect(cancelled.status).toBe("CANCELLED");
    expect(await balanceOf(alice.id)).toBe(10_000n);
    expect(await refusal(cancelTransfer(db, { userId: alice.id, transferId: transfer.id }))).toBe(
      "conflict:",
    );
  });

  it("goes back to the sender after 30 days, with both mailed", async () => {
    const alice = await walletUser(10_000n);
    const erin = newEmail();
    const { transfer } = await send(alice.id, erin, 3_000n);
    advanceClock(CLAIM_WINDOW_MS - 60_000);
    await returnExpiredTransfers(db);
    expect((await db.walletTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).status).toBe(
      "UNCLAIMED",
    );
    advanceClock(120_000);
    expect(await returnExpiredTransfers(db)).toBeGreaterThanOrEqual(1);
    setClockOffset(0);
    expect((await db.walletTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).status).toBe(
      "RETURNED",
    );
    expect(await balanceOf(alice.id)).toBe(10_000n);
    expect(await mailsTo(erin)).toBe(2);
  });
});

describe("safety", () => {
  it("refuses yourself, zero, too much, over the daily limit, and a missing password above the threshold", async () => {
    const alice = await walletUser(DAILY_SEND_LIMIT + 100_000n);
    const bob = await walletUser(0n);
    expect(await refusal(send(alice.id, alice.email, 100n))).toBe("invalid_request:recipientEmail");
    expect(await refusal(send(alice.id, bob.email, 0n))).toBe("invalid_request:amount");
    expect(await refusal(send(alice.id, "not-an-email", 100n))).toBe("invalid_request:recipientEmail");
    expect(await refusal(send(bob.id, alice.email, 1n))).toBe("insufficient_funds:amount");
    expect(await refusal(send(alice.id, bob.email, PASSWORD_RECHECK_ABOVE + 1n))).toBe(
      "invalid_request:password",
    );
    expect(
      await refusal(send(alice.id, bob.email, PASSWORD_RECHECK_ABOVE + 1n, { password: "wrong password" })),
    ).toBe("invalid_request:password");
    expect(await refusal(send(alice.id, bob.email, DAILY_SEND_LIMIT, { password: PASSWORD }))).toBe("ok");
    expect(await refusal(send(alice.id, bob.email, 1n))).toBe("invalid_request:amount");
    expect(await balanceOf(bob.id)).toBe(DAILY_SEND_LIMIT);
  });

  it("a double submit sends once; the same key for something else is a conflict", async () => {
    const alice = await walletUser(10_000n);
    const bob = await walletUser(0n);
    const idempotencyKey = newId("key");
    const [a, b] = await Promise.all([
      send(alice.id, bob.email, 700n, { idempotencyKey }),
      send(alice.id, bob.email, 700n, { idempotencyKey }),
    ]);
    expect(a.transfer.id).toBe(b.transfer.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await balanceOf(bob.id)).toBe(700n);
    expect(await refusal(send(alice.id, bob.email, 701n, { idempotencyKey }))).toBe(
      "conflict:idempotencyKey",
    );
  });

  it("concurrent sends that together exceed the balance: exactly the affordable ones succeed", async () => {
    const alice = await walletUser(10_000n);
    const recipients = await Promise.all(Array.from({ length: 4 }, () => walletUser(0n)));
    const outcomes = await Promise.all(
      Array.from({ length: 16 }, (_, i) => refusal(send(alice.id, recipients[i % 4]!.email, 1_500n))),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(6);
    expect(outcomes.filter((o) => o === "insufficient_funds:amount")).toHaveLength(10);
    expect(await balanceOf(alice.id)).toBe(1_000n);
  });
});

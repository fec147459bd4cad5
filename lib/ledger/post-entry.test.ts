import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { advanceClock, now, setClockOffset } from "@/lib/clock";
import { accounts } from "./accounts";
import { credit, debit, transferLines } from "./entry";
import { InsufficientFundsError, LedgerError } from "./errors";
import { getAccountHistory } from "./get-account-history";
import { getBalance, getBalances } from "./get-balance";
import { postEntry, postEntryStandalone } from "./post-entry";
import { freshWallet, fund } from "./test-helpers";

afterAll(async () => {
  setClockOffset(0);
  await db.$disconnect();
});

function transfer(from = freshWallet(), to = freshWallet(), amount = 100n, eventId = newId("evt")) {
  return {
    eventType: "test.transfer",
    eventId,
    description: "test transfer",
    lines: transferLines(from, to, amount),
  };
}

describe("postEntry", () => {
  it("posts an entry, creating accounts on first use, and moves balances in their normal direction", async () => {
    const bank = accounts.bankClearing(`T${newId("b").slice(2, 12).toUpperCase()}`);
    const wallet = freshWallet();
    const fees = accounts.platformFees();
    const feesBefore = await getBalance(db, fees);
    const result = await postEntryStandalone(db, {
      eventType: "test.top_up",
      eventId: newId("evt"),
      description: "top-up with a fee",
      lines: [debit(bank, 1000n), credit(wallet, 990n), credit(fees, 10n)],
    });
    expect(result.posted).toBe(true);
    expect(result.entryId).toMatch(/^je_/);
    // DEBIT-normal bank clearing goes up with a debit; CREDIT-normal wallet and fees with credits.
    const balances = await getBalances(db, [bank, wallet, fees.code]);
    expect(balances.get(bank.code)).toBe(1000n);
    expect(balances.get(wallet.code)).toBe(990n);
    expect(balances.get(fees.code)).toBe(feesBefore + 10n);
    const stored = await db.ledgerAccount.findUniqueOrThrow({ where: { code: bank.code } });
    expect(stored).toMatchObject({ normalSide: "DEBIT", allowNegative: true });
    const postings = await db.posting.findMany({ where: { entryId: result.entryId } });
    expect(postings.map((p) => p.amount).sort()).toEqual([-1000n, 10n, 990n].sort());
  });

  it("returns a balance of 0 for an account that was never posted to", async () => {
    expect(await getBalance(db, freshWallet())).toBe(0n);
  });

  it("is idempotent on (eventType, eventId)", async () => {
    const from = freshWallet();
    const to = freshWallet();
    await fund(db, from, 500n);
    const input = transfer(from, to, 200n);
    const first = await postEntryStandalone(db, input);
    const second = await postEntryStandalone(db, input);
    expect(first.posted).toBe(true);
    expect(second).toEqual({ posted: false, entryId: first.entryId });
    expect(await getBalance(db, from)).toBe(300n);
    expect(await getBalance(db, to)).toBe(200n);
    expect(
      await db.journalEntry.count({ where: { eventType: input.eventType, eventId: input.eventId } }),
    ).toBe(1);
  });

  it("posts once when the same event arrives concurrently", async () => {
    const from = freshWallet();
    const to = freshWallet();
    await fund(db, from, 1_000n);
    const input = transfer(from, to, 300n);
    const results = await Promise.all(Array.from({ length: 12 }, () => postEntryStandalone(db, input)));
    expect(results.filter((r) => r.posted)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
    expect(await getBalance(db, from)).toBe(700n);
    expect(await getBalance(db, to)).toBe(300n);
  });

  it("does not deadlock on concurrent transfers in opposite directions", async () => {
    // Regression: the balance trigger's FOR UPDATE conflicts with the postings' foreign-key KEY SHARE
    // locks, taken in line order; postEntry locks the accounts in id order first (lock-accounts.ts).
    const a = freshWallet();
    const b = freshWallet();
    await fund(db, a, 10_000n);
    await fund(db, b, 10_000n);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        postEntryStandalone(db, i % 2 ? transfer(a, b, 7n) : transfer(b, a, 5n)),
      ),
    );
    expect(results.every((r) => r.posted)).toBe(true);
    expect(await getBalance(db, a)).toBe(10_000n - 30n * 7n + 30n * 5n);
    expect(await getBalance(db, b)).toBe(10_000n + 30n * 7n - 30n * 5n);
  });

  it("refuses a replay of the same event with different lines", async () => {
    const from = freshWallet();
    const to = freshWallet();
    await fund(db, from, 500n);
    const input = transfer(from, to, 200n);
    await postEntryStandalone(db, input);
    const replay = postEntryStandalone(db, { ...input, lines: transferLines(from, to, 201n) });
    await expect(replay).rejects.toThrow(LedgerError);
    await expect(postEntryStandalone(db, { ...input, lines: transferLines(from, to, 201n) })).rejects.toThrow(
      /already posted with different lines/,
    );
    // Splitting the same effect over more lines is the same entry.
    const split = [debit(from, 150n), debit(from, 50n), credit(to, 200n)];
    await expect(postEntryStandalone(db, { ...input, lines: split })).resolves.toMatchObject({
      posted: false,
    });
  });

  it("refuses an overdraft with InsufficientFundsError naming the account", async () => {
    const from = freshWallet();
    const to = freshWallet();
    await fund(db, from, 100n);
    const attempt = postEntryStandalone(db, transfer(from, to, 101n));
    await expect(attempt).rejects.toBeInstanceOf(InsufficientFundsError);
    await attempt.catch((error: unknown) => {
      expect(error).toMatchObject({ code: "insufficient_funds", status: 422, accountCode: from.code });
    });
    expect(await getBalance(db, from)).toBe(100n);
    expect(await getBalance(db, to)).toBe(0n);
    // Exactly the balance is fine.
    await expect(postEntryStandalone(db, transfer(from, to, 100n))).resolves.toMatchObject({ posted: true });
    expect(await getBalance(db, from)).toBe(0n);
  });

  it("commits with the caller's state change, and rolls back with it", async () => {
    const from = freshWallet();
    const to = freshWallet();
    await fund(db, from, 100n);
    const secretName = `test-${newId("sec")}`;

    await db.$transaction(async (tx) => {
      await tx.systemSecret.create({ data: { name: secretName, value: "kept" } });
      await postEntry(tx, transfer(from, to, 60n));
    });
    expect(await db.systemSecret.findUnique({ where: { name: secretName } })).not.toBeNull();
    expect(await getBalance(db, to)).toBe(60n);

    // The overdraft aborts the caller's transaction: its own write disappears too.
    const failing = db.$transaction(async (tx) => {
      await tx.systemSecret.create({ data: { name: `${secretName}-2`, value: "lost" } });
      await postEntry(tx, transfer(from, to, 41n));
    });
    await expect(failing).rejects.toBeInstanceOf(InsufficientFundsError);
    expect(await db.systemSecret.findUnique({ where: { name: `${secretName}-2` } })).toBeNull();

    // Any later failure of the caller undoes the posting.
    const eventId = newId("evt");
    const rolledBack = db.$transaction(async (tx) => {
      await postEntry(tx, transfer(from, to, 10n, eventId));
      throw new Error("caller failed after posting");
    });
    await expect(rolledBack).rejects.toThrow("caller failed after posting");
    expect(await getBalance(db, from)).toBe(40n);
    expect(await db.journalEntry.count({ where: { eventId } })).toBe(0);
  });

  it("validates before touching the database", async () => {
    const bad = { ...transfer(), lines: [debit(freshWallet(), 5n), credit(freshWallet(), 4n)] };
    await expect(postEntryStandalone(db, bad)).rejects.toThrow(LedgerError);
  });

  it("stamps entries and postings with the app clock", async () => {
    advanceClock(3 * 24 * 3600 * 1000);
    const expected = now();
    const from = freshWallet();
    await fund(db, from, 10n);
    const { entryId } = await postEntryStandalone(db, transfer(from, freshWallet(), 10n));
    setClockOffset(0);
    const entry = await db.journalEntry.findUniqueOrThrow({
      where: { id: entryId },
      include: { postings: true },
    });
    expect(Math.abs(entry.createdAt.getTime() - expected.getTime())).toBeLessThan(1000);
    for (const posting of entry.postings) expect(posting.createdAt.getTime()).toBe(entry.createdAt.getTime());
  });
});

describe("getAccountHistory", () => {
  it("pages postings newest first with the balance after each", async () => {
    const wallet = freshWallet();
    const other = freshWallet();
    await fund(db, wallet, 1_000n); // balance 1000
    for (const amount of [100n, 200n, 300n]) await postEntryStandalone(db, transfer(wallet, other, amount));
    await fund(db, wallet, 50n); // 400 + 50 = 450

    const first = await getAccountHistory(db, wallet, { limit: 3 });
    expect(first.items.map((i) => [i.change, i.balanceAfter])).toEqual([
      [50n, 450n],
      [-300n, 400n],
      [-200n, 700n],
    ]);
    expect(first.items[1]).toMatchObject({
      eventType: "test.transfer",
      description: "test transfer",
      amount: -300n,
    });
    expect(first.nextCursor).not.toBeNull();

    const second = await getAccountHistory(db, wallet.code, { limit: 3, cursor: first.nextCursor });
    expect(second.items.map((i) => [i.change, i.balanceAfter])).toEqual([
      [-100n, 900n],
      [1_000n, 1_000n],
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it("reports DEBIT-normal changes in their normal direction", async () => {
    const bank = accounts.bankClearing(`H${newId("b").slice(2, 12).toUpperCase()}`);
    const wallet = freshWallet();
    await postEntryStandalone(db, { ...transfer(), lines: [debit(bank, 70n), credit(wallet, 70n)] });
    await postEntryStandalone(db, { ...transfer(), lines: [debit(wallet, 20n), credit(bank, 20n)] });
    const page = await getAccountHistory(db, bank);
    expect(page.items.map((i) => [i.amount, i.change, i.balanceAfter])).toEqual([
      [20n, -20n, 50n],
      [-70n, 70n, 70n],
    ]);
  });

  it("is empty for an unknown account and rejects a malformed cursor", async () => {
    expect(await getAccountHistory(db, freshWallet())).toEqual({ items: [], nextCursor: null });
    await expect(getAccountHistory(db, freshWallet(), { cursor: "abc" })).rejects.toMatchObject({
      field: "cursor",
    });
  });
});

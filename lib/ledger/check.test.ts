import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { checkLedger, checkLedgerInTransaction, LEDGER_INVARIANTS, type LedgerCheckReport } from "./check";
import { transferLines } from "./entry";
import { postEntryStandalone } from "./post-entry";
import { freshWallet, fund } from "./test-helpers";

afterAll(async () => {
  await db.$disconnect();
});

class RollBack extends Error {
  constructor(readonly report: LedgerCheckReport) {
    super("rolled back on purpose");
  }
}

describe("checkLedger", () => {
  it("reports a clean ledger with its totals", async () => {
    const a = freshWallet();
    await fund(db, a, 250n);
    await postEntryStandalone(db, {
      eventType: "test.transfer",
      eventId: newId("evt"),
      description: "check fixture",
      lines: transferLines(a, freshWallet(), 100n),
    });
    const report = await checkLedger(db);
    expect(report.ok).toBe(true);
    expect(report.breaches).toEqual([]);
    expect(report.invariants.map((i) => i.invariant)).toEqual([...LEDGER_INVARIANTS]);
    expect(report.invariants.every((i) => i.ok && i.breaches === 0)).toBe(true);
    expect(report.counts.accounts).toBeGreaterThanOrEqual(3);
    expect(report.counts.postings).toBeGreaterThanOrEqual(2 * report.counts.entries);
    expect(report.totals.debits).toBe(report.totals.credits);
    expect(report.totals.debits).toBeGreaterThanOrEqual(350n);
  });

  it("finds breaches that got past the database's guards", async () => {
    // Inside a transaction that is rolled back: the non-negative CHECK is dropped (DDL is transactional)
    // and triggers are off (session_replication_role = replica, superuser only), so raw SQL can write
    // what the database normally refuses. The check must see every kind of damage.
    const wallet = freshWallet();
    await fund(db, wallet, 10n);
    const probe = db.$transaction(async (tx) => {
      await tx.$executeRaw`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_balance_non_negative`;
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      const account = await tx.ledgerAccount.findUniqueOrThrow({ where: { code: wallet.code } });
      const id = newId("je");
      await tx.$executeRaw`INSERT INTO journal_entries (id, "eventType", "eventId", description)
                           VALUES (${id}, 'test.broken', ${id}, 'one-legged')`;
      await tx.$executeRaw`INSERT INTO postings ("entryId", "accountId", amount) VALUES (${id}, ${account.id}, -7)`;
      await tx.$executeRaw`UPDATE ledger_accounts SET balance = -5 WHERE id = ${account.id}`;
      throw new RollBack(await checkLedgerInTransaction(tx));
    });
    const error: unknown = await probe.catch((e: unknown) => e);
    if (!(error instanceof RollBack)) throw error;
    const { report } = error;
    expect(report.ok).toBe(false);
    expect(report.breaches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ invariant: "entries_balanced", postings: 1, sum: -7n }),
        { invariant: "balances_match_postings", accountCode: wallet.code, stored: -5n, fromPostings: 3n },
        { invariant: "no_forbidden_negative", accountCode: wallet.code, balance: -5n },
        { invariant: "trial_balance", sum: -7n },
        expect.objectContaining({ invariant: "balance_sheet" }),
      ]),
    );
    expect(report.invariants.every((i) => !i.ok && i.breaches >= 1)).toBe(true);
    // Nothing of it survived the rollback.
    expect((await checkLedger(db)).ok).toBe(true);
  });
});

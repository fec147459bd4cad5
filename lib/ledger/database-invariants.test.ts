// The database itself refuses a broken ledger, whatever code writes to it: these tests bypass postEntry
// and speak raw SQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { getBalance } from "./get-balance";
import { postgresErrorOf } from "./postgres-error";
import { postEntryStandalone } from "./post-entry";
import { transferLines } from "./entry";
import { freshWallet, fund } from "./test-helpers";

const from = freshWallet();
const to = freshWallet();
let entryId = "";
let fromId = "";
let toId = "";

beforeAll(async () => {
  await fund(db, from, 1_000n);
  ({ entryId } = await postEntryStandalone(db, {
    eventType: "test.transfer",
    eventId: newId("evt"),
    description: "raw SQL fixture",
    lines: transferLines(from, to, 400n),
  }));
  const rows = await db.ledgerAccount.findMany({ where: { code: { in: [from.code, to.code] } } });
  fromId = rows.find((r) => r.code === from.code)?.id ?? "";
  toId = rows.find((r) => r.code === to.code)?.id ?? "";
});

afterAll(async () => {
  await db.$disconnect();
});

async function sqlstateOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return postgresErrorOf(error)?.code;
  }
  throw new Error("expected the database to refuse the statement");
}

describe("the database enforces the ledger", () => {
  it("refuses an entry whose postings do not sum to zero", async () => {
    const id = newId("je");
    const state = await sqlstateOf(db.$executeRaw`
      WITH entry AS (INSERT INTO journal_entries (id, "eventType", "eventId", description)
                     VALUES (${id}, 'test.raw', ${id}, 'unbalanced') RETURNING id)
      INSERT INTO postings ("entryId", "accountId", amount)
      SELECT entry.id, x.account, x.amount FROM entry,
             (VALUES (${fromId}, -5::bigint), (${toId}, 4::bigint)) AS x(account, amount)`);
    expect(state).toBe("23514");
    expect(await db.journalEntry.count({ where: { id } })).toBe(0);
  });

  it("refuses an entry with a single posting, even of the right sign", async () => {
    const id = newId("je");
    const state = await sqlstateOf(db.$executeRaw`
      WITH entry AS (INSERT INTO journal_entries (id, "eventType", "eventId", description)
                     VALUES (${id}, 'test.raw', ${id}, 'one leg') RETURNING id)
      INSERT INTO postings ("entryId", "accountId", amount) SELECT entry.id, ${toId}, 5 FROM entry`);
    expect(state).toBe("23514");
  });

  it("refuses an entry without postings, and postings added by a later statement", async () => {
    const id = newId("je");
    expect(
      await sqlstateOf(db.$executeRaw`
        INSERT INTO journal_entries (id, "eventType", "eventId", description) VALUES (${id}, 'test.raw', ${id}, 'empty')`),
    ).toBe("23514");
    // A posting added later to an entry that balanced would change its effect after the fact.
    expect(
      await sqlstateOf(db.$executeRaw`
        INSERT INTO postings ("entryId", "accountId", amount) VALUES (${entryId}, ${toId}, 1)`),
    ).toBe("23514");
  });

  it("refuses a zero posting", async () => {
    const id = newId("je");
    const state = await sqlstateOf(db.$executeRaw`
      WITH entry AS (INSERT INTO journal_entries (id, "eventType", "eventId", description)
                     VALUES (${id}, 'test.raw', ${id}, 'zero') RETURNING id)
      INSERT INTO postings ("entryId", "accountId", amount)
      SELECT entry.id, x.account, x.amount FROM entry,
             (VALUES (${fromId}, 0::bigint), (${toId}, 0::bigint)) AS x(account, amount)`);
    expect(state).toBe("23514");
  });

  it("refuses an overdraft written by raw SQL", async () => {
    const id = newId("je");
    const state = await sqlstateOf(db.$executeRaw`
      WITH entry AS (INSERT INTO journal_entries (id, "eventType", "eventId", description)
                     VALUES (${id}, 'test.raw', ${id}, 'overdraft') RETURNING id)
      INSERT INTO postings ("entryId", "accountId", amount)
      SELECT entry.id, x.account, x.amount FROM entry,
             (VALUES (${fromId}, -601::bigint), (${toId}, 601::bigint)) AS x(account, amount)`);
    expect(state).toBe("23514");
    expect(await getBalance(db, from)).toBe(600n);
  });

  it("keeps postings and entries append-only", async () => {
    expect(
      await sqlstateOf(db.$executeRaw`UPDATE postings SET amount = amount * 2 WHERE "entryId" = ${entryId}`),
    ).toBe("42501");
    expect(await sqlstateOf(db.$executeRaw`DELETE FROM postings WHERE "entryId" = ${entryId}`)).toBe("42501");
    expect(
      await sqlstateOf(db.$executeRaw`UPDATE journal_entries SET description = 'x' WHERE id = ${entryId}`),
    ).toBe("42501");
    expect(await sqlstateOf(db.$executeRaw`DELETE FROM journal_entries WHERE id = ${entryId}`)).toBe("42501");
    expect(await sqlstateOf(db.$executeRaw`TRUNCATE postings, journal_entries`)).toBe("42501");
    expect(await db.posting.count({ where: { entryId } })).toBe(2);
  });

  it("lets balances change only through postings", async () => {
    expect(
      await sqlstateOf(db.$executeRaw`UPDATE ledger_accounts SET balance = balance + 1 WHERE id = ${toId}`),
    ).toBe("42501");
    const code = `wallet:${newId("usr")}`;
    expect(
      await sqlstateOf(db.$executeRaw`
        INSERT INTO ledger_accounts (id, code, name, "normalSide", balance) VALUES (${newId("acct")}, ${code}, 'x', 'CREDIT', 100)`),
    ).toBe("42501");
    expect(await getBalance(db, to)).toBe(400n);
  });
});

import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { BankEvent } from "./events";
import { Journal } from "./journal";
import { BankState } from "./state";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function journalFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mock-bank-journal-"));
  dirs.push(dir);
  return path.join(dir, "nested", "journal.jsonl");
}

const at = "2026-11-22T08:00:00.000Z";
const events: BankEvent[] = [
  {
    t: "payment.opened",
    at,
    attemptId: "att_1",
    amount: "1999",
    currency: "CNY",
    merchantName: "M",
    subject: "S",
    returnUrl: "http://gw/return",
    notifyUrl: "http://gw/notify",
    expiresAt: at,
  },
  {
    t: "payment.decided",
    at,
    attemptId: "att_1",
    status: "approved",
    bankTxnId: "T1",
    cardId: "card_1",
    cardLast4: "0001",
  },
  {
    t: "refund.accepted",
    at,
    refundId: "rf_1",
    attemptId: "att_1",
    amount: "500",
    bankRefundId: "R1",
    notifyUrl: "http://gw/r",
  },
  { t: "refund.completed", at, refundId: "rf_1", status: "succeeded" },
];

describe("journal and state", () => {
  it("replays to the same books: balances, refundable amounts and issued references", () => {
    const file = journalFile();
    const journal = new Journal<BankEvent>(file);
    const live = new BankState();
    for (const event of events) {
      journal.append(event);
      live.apply(event);
    }
    journal.close();

    const replayed = new BankState();
    for (const event of new Journal<BankEvent>(file).replay()) replayed.apply(event);
    expect(replayed.balances).toEqual(live.balances);
    expect(replayed.balances.get("card_1")).toBe(1_000_000_000n - 1999n + 500n);
    expect(replayed.refundable("att_1")).toBe(1499n);
    expect(replayed.settlementBalance).toBe(live.settlementBalance);
    expect([...replayed.refs].sort()).toEqual(["R1", "T1"]);
  });

  it("skips a torn last line left by a crash", () => {
    const file = journalFile();
    const journal = new Journal<BankEvent>(file);
    journal.append(events[0] as BankEvent);
    journal.close();
    appendFileSync(file, '{"t":"payment.dec');
    expect(new Journal<BankEvent>(file).replay()).toHaveLength(1);
  });

  it("keeps card numbers out of the journal", () => {
    const file = journalFile();
    const journal = new Journal<BankEvent>(file);
    for (const event of events) journal.append(event);
    journal.close();
    expect(readFileSync(file, "utf8")).not.toMatch(/\d{12,19}/);
  });
});

import { describe, expect, it } from "vitest";
import { accounts } from "./accounts";
import { credit, debit, netByAccount, transferLines, validateEntry, type EntryInput } from "./entry";
import { LedgerError } from "./errors";

const alice = accounts.wallet("usr_alice");
const bob = accounts.wallet("usr_bob");

function entry(lines: EntryInput["lines"], overrides: Partial<EntryInput> = {}): EntryInput {
  return { eventType: "test.transfer", eventId: "t1", description: "test", lines, ...overrides };
}

describe("line builders", () => {
  it("credit is positive, debit negative", () => {
    expect(credit(alice, 5n).amount).toBe(5n);
    expect(debit(alice, 5n).amount).toBe(-5n);
    expect(transferLines(alice, bob, 7n)).toEqual([
      { account: alice, amount: -7n },
      { account: bob, amount: 7n },
    ]);
  });

  it("nets lines per account", () => {
    const net = netByAccount([debit(alice, 5n), credit(bob, 3n), credit(bob, 2n)]);
    expect(net).toEqual(
      new Map([
        ["wallet:usr_alice", -5n],
        ["wallet:usr_bob", 5n],
      ]),
    );
  });
});

describe("validateEntry", () => {
  it("accepts a balanced entry", () => {
    expect(() => validateEntry(entry(transferLines(alice, bob, 1n)))).not.toThrow();
    expect(() =>
      validateEntry(
        entry([debit(accounts.bankClearing("ICBC"), -10n), credit(alice, -9n), credit(bob, -1n)]),
      ),
    ).not.toThrow();
  });

  it.each([
    ["fewer than two lines", entry([credit(alice, 1n)]), /at least two lines/],
    ["no lines", entry([]), /at least two lines/],
    ["a zero amount", entry([credit(alice, 0n), credit(bob, 0n)]), /must not be zero/],
    ["an unbalanced entry", entry([debit(alice, 5n), credit(bob, 4n)]), /unbalanced: its lines sum to -1/],
    ["a single account", entry([debit(alice, 5n), credit(alice, 5n)]), /at least two accounts/],
    ["an amount beyond bigint", entry(transferLines(alice, bob, 2n ** 63n)), /out of range/],
    ["an empty eventId", entry(transferLines(alice, bob, 1n), { eventId: "" }), /eventId/],
    [
      "a malformed eventType",
      entry(transferLines(alice, bob, 1n), { eventType: "Payment Done" }),
      /eventType/,
    ],
    [
      "a long description",
      entry(transferLines(alice, bob, 1n), { description: "x".repeat(501) }),
      /description/,
    ],
  ])("rejects %s", (_name, input, message) => {
    expect(() => validateEntry(input)).toThrow(LedgerError);
    expect(() => validateEntry(input)).toThrow(message);
  });

  it("rejects a float smuggled in as an amount", () => {
    // What an untyped caller could pass: the check holds at run time, not only for the compiler.
    const float = 1.5 as unknown as bigint;
    expect(() => validateEntry(entry([credit(alice, float), debit(bob, float)]))).toThrow(/must be a bigint/);
  });

  it("rejects one code defined two ways", () => {
    const fake = { ...bob, normalSide: "DEBIT" as const };
    expect(() => validateEntry(entry([debit(alice, 2n), credit(bob, 1n), credit(fake, 1n)]))).toThrow(
      /two different definitions/,
    );
  });
});

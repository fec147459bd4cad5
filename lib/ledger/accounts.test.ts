import { describe, expect, it } from "vitest";
import { accountFromCode, accounts } from "./accounts";

describe("account catalogue", () => {
  it("gives stable codes and normal sides", () => {
    expect(accounts.wallet("usr_1")).toMatchObject({
      code: "wallet:usr_1",
      normalSide: "CREDIT",
      allowNegative: false,
    });
    expect(accounts.merchantPending("mch_1").code).toBe("merchant_pending:mch_1");
    expect(accounts.merchantAvailable("mch_1")).toMatchObject({ normalSide: "CREDIT", allowNegative: false });
    expect(accounts.platformFees()).toMatchObject({ code: "platform_fees", normalSide: "CREDIT" });
    expect(accounts.bankClearing("ICBC")).toMatchObject({
      code: "bank_clearing:ICBC",
      normalSide: "DEBIT",
      allowNegative: true,
    });
    expect(accounts.demoFunding()).toMatchObject({ normalSide: "DEBIT", allowNegative: true });
  });

  it("refuses references that would make codes ambiguous", () => {
    expect(() => accounts.wallet("")).toThrow(/Invalid ledger account reference/);
    expect(() => accounts.wallet("usr:1")).toThrow(/Invalid ledger account reference/);
    expect(() => accounts.bankClearing("a b")).toThrow(/Invalid ledger account reference/);
  });

  it("parses codes back to specs", () => {
    expect(accountFromCode("wallet:usr_1")).toEqual(accounts.wallet("usr_1"));
    expect(accountFromCode("platform_fees")).toEqual(accounts.platformFees());
    expect(accountFromCode("bank_clearing:ICBC")).toEqual(accounts.bankClearing("ICBC"));
    expect(accountFromCode("platform_fees:x")).toBeUndefined();
    expect(accountFromCode("wallet")).toBeUndefined();
    expect(accountFromCode("toString")).toBeUndefined();
    expect(accountFromCode("nope:1")).toBeUndefined();
  });
});

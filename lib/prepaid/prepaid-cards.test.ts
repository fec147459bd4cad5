import { describe, expect, it } from "vitest";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { payWithPrepaidCard } from "@/lib/payments";
import { pendingPayment } from "@/lib/payments/testing";
import { issuePrepaidCard } from "./issue-card";
import { authenticatePrepaidCard } from "./authenticate-card";

const cardNumber = () =>
  `8${String(randomInt(0, 1e9)).padStart(9, "0")}${String(randomInt(0, 1e6)).padStart(6, "0")}`;

async function issue(amount = 5_000n) {
  const number = cardNumber();
  const { cardId } = await issuePrepaidCard(db, {
    number,
    pin: "246810",
    amount,
    fundedFrom: accounts.demoFunding(),
  });
  return { number, cardId };
}

describe("prepaid cards", () => {
  it("issues once per number, never storing the number or the PIN", async () => {
    const number = cardNumber();
    const first = await issuePrepaidCard(db, {
      number,
      pin: "246810",
      amount: 700n,
      fundedFrom: accounts.demoFunding(),
    });
    const again = await issuePrepaidCard(db, {
      number,
      pin: "246810",
      amount: 700n,
      fundedFrom: accounts.demoFunding(),
    });
    expect(again).toEqual({ cardId: first.cardId, issued: false });
    expect(await getBalance(db, accounts.prepaidCard(first.cardId))).toBe(700n);
    const row = await db.prepaidCard.findUniqueOrThrow({ where: { id: first.cardId } });
    expect(JSON.stringify(row)).not.toContain(number);
    expect(row.last4).toBe(number.slice(-4));
    expect(row.pinHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses malformed numbers and PINs, naming the field", async () => {
    await expect(
      issuePrepaidCard(db, { number: "123", pin: "246810", amount: 1n, fundedFrom: accounts.demoFunding() }),
    ).rejects.toMatchObject({ field: "number" });
    await expect(
      issuePrepaidCard(db, {
        number: cardNumber(),
        pin: "12",
        amount: 1n,
        fundedFrom: accounts.demoFunding(),
      }),
    ).rejects.toMatchObject({ field: "pin" });
  });

  it("authenticates by number and PIN, and throttles PIN guessing", async () => {
    const { number, cardId } = await issue();
    expect(
      await authenticatePrepaidCard(db, {
        number: `${number.slice(0, 4)} ${number.slice(4)}`,
        pin: "246810",
        client: "a",
      }),
    ).toMatchObject({ ok: true, cardId });
    for (let i = 0; i < 5; i++) {
      expect(await authenticatePrepaidCard(db, { number, pin: "000000", client: "guesser" })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticatePrepaidCard(db, { number, pin: "246810", client: "guesser" })).toMatchObject({
      ok: false,
      reason: "too_many_attempts",
    });
  });

  it("pays a payment from the card's balance, once, and declines what it cannot cover", async () => {
    const merchant = await createMerchant(db, {
      name: "Card Shop",
      email: "c@example.com",
      siteUrl: "https://c.example",
      status: "ACTIVE",
    });
    const { cardId } = await issue(3_000n);
    const p = await pendingPayment(merchant.id, { amount: 2_000n });
    const paid = await payWithPrepaidCard(db, { payment: { id: p.id }, cardId });
    expect(paid.status).toBe("succeeded");
    expect(paid.payment.method).toBe("PREPAID_CARD");
    expect(await getBalance(db, accounts.prepaidCard(cardId))).toBe(1_000n);

    const second = await pendingPayment(merchant.id, { amount: 2_000n });
    const declined = await payWithPrepaidCard(db, { payment: { id: second.id }, cardId });
    expect(declined.status).toBe("declined");
    expect((await db.payment.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("PENDING");
    expect(await getBalance(db, accounts.prepaidCard(cardId))).toBe(1_000n);
    expect((await checkLedger(db)).ok).toBe(true);
  });
});

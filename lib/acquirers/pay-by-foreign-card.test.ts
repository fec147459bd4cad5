import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { closePayment, serializePayment } from "@/lib/payments";
import { pendingPayment } from "@/lib/payments/testing";
import {
  chargesForAttempt,
  startTestAcquirer,
  TEST_CARD_NAME,
  testCard,
  type TestAcquirer,
} from "./testing/acquirer";
import { payByForeignCard } from "./pay-by-foreign-card";
import { queryForeignCardAttempt } from "./query-foreign-card-attempt";

// Every card number these tests type: none may be found anywhere in the database afterwards.
const CARDS = {
  visa: "4242424242424242",
  insufficient: "4000000000009995",
  cvc: "4000000000000127",
  expired: "4000000000000069",
  declined: "4000000000000002",
  badLuhn: "4242424242424241",
};

let merchant: TestMerchant;
let acquirer: TestAcquirer;

beforeAll(async () => {
  merchant = await createTestMerchant();
  acquirer = await startTestAcquirer();
});

afterAll(async () => {
  await acquirer.stop();
  await db.$disconnect();
});

const client = () => `203.0.113.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;

async function attemptsOf(paymentId: string) {
  return db.paymentAttempt.findMany({ where: { paymentId }, orderBy: { createdAt: "asc" } });
}

async function onlyAttempt(paymentId: string) {
  const attempts = await attemptsOf(paymentId);
  expect(attempts).toHaveLength(1);
  const [attempt] = attempts;
  if (!attempt) throw new Error("no attempt");
  return attempt;
}

describe("payByForeignCard", () => {
  it("pays with an approved card: bank card payment at bank stripe, ledger posted, merchant notified", async () => {
    const payment = await pendingPayment(merchant.merchantId, { amount: 1999n });
    const clearingBefore = await getBalance(db, accounts.bankClearing("stripe"));
    const result = await payByForeignCard(
      db,
      { checkoutToken: payment.checkoutToken, card: testCard(CARDS.visa), client: client() },
      acquirer.stripe,
    );
    expect(result).toEqual({ status: "paid", returnUrl: payment.returnUrl });

    const paid = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(paid).toMatchObject({ status: "SUCCEEDED", method: "BANK_CARD", bankCode: "stripe" });
    expect(serializePayment(paid)).toMatchObject({
      status: "succeeded",
      method: "bank_card",
      bank: "stripe",
      fee: 12,
    });
    const attempt = await onlyAttempt(payment.id);
    expect(attempt).toMatchObject({ status: "APPROVED", payerRef: "Visa •••• 4242" });
    expect(attempt.bankTxnId).toMatch(/^ch_/);
    expect(await chargesForAttempt(acquirer.stripe, attempt.id)).toMatchObject([
      {
        amount: 1999,
        currency: "cny",
        metadata: { paymentId: payment.id, attemptId: attempt.id },
        status: "succeeded",
      },
    ]);
    expect(await getBalance(db, accounts.bankClearing("stripe"))).toBe(clearingBefore + 1999n);
    expect(
      await db.notificationEvent.count({ where: { paymentId: payment.id, type: "payment.succeeded" } }),
    ).toBe(1);
    const messages = await db.bankMessage.findMany({
      where: { attemptId: attempt.id },
      orderBy: { createdAt: "asc" },
      select: { direction: true, kind: true, verdict: true },
    });
    expect(messages).toEqual([
      { direction: "OUT", kind: "charge_request", verdict: null },
      { direction: "IN", kind: "charge_response", verdict: "succeeded" },
    ]);
  });

  it("a declined card leaves the payment pending with a clear reason; another card then pays", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const who = client();
    const pay = (number: string) =>
      payByForeignCard(
        db,
        { checkoutToken: payment.checkoutToken, card: testCard(number), client: who },
        acquirer.stripe,
      );

    expect(await pay(CARDS.insufficient)).toEqual({ status: "error", reason: "foreign_insufficient_funds" });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PENDING");
    expect(await onlyAttempt(payment.id)).toMatchObject({
      status: "DECLINED",
      declineReason: "insufficient_funds",
    });

    expect(await pay(CARDS.cvc)).toEqual({ status: "invalid", field: "cvc", reason: "card_cvc_incorrect" });
    expect(await pay(CARDS.expired)).toEqual({ status: "error", reason: "foreign_expired_card" });
    expect(await pay(CARDS.declined)).toEqual({ status: "error", reason: "foreign_declined" });
    expect(await pay(CARDS.visa)).toEqual({ status: "paid", returnUrl: payment.returnUrl });
    const attempts = await attemptsOf(payment.id);
    expect(attempts.map((a) => a.status)).toEqual([
      "DECLINED",
      "DECLINED",
      "DECLINED",
      "DECLINED",
      "APPROVED",
    ]);
  });

  it("card details Stripe refuses go back to the form, and open no attempt", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const result = await payByForeignCard(
      db,
      { checkoutToken: payment.checkoutToken, card: testCard(CARDS.badLuhn), client: client() },
      acquirer.stripe,
    );
    expect(result).toEqual({ status: "invalid", field: "number", reason: "card_number_invalid" });
    expect(await attemptsOf(payment.id)).toHaveLength(0);
  });

  it("throttles repeated declines (card testing) per payment and client", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const who = client();
    const pay = () =>
      payByForeignCard(
        db,
        { checkoutToken: payment.checkoutToken, card: testCard(CARDS.declined), client: who },
        acquirer.stripe,
      );
    for (let i = 0; i < 5; i++) expect(await pay()).toMatchObject({ reason: "foreign_declined" });
    expect(await pay()).toMatchObject({ status: "error", reason: "too_many_attempts" });
    expect(await attemptsOf(payment.id)).toHaveLength(5);
  });

  it("refuses a closed payment without sending the card anywhere", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    await closePayment(db, merchant.merchantId, payment.orderId);
    const seen = acquirer.proxy.seen.length;
    const result = await payByForeignCard(
      db,
      { checkoutToken: payment.checkoutToken, card: testCard(CARDS.visa), client: client() },
      acquirer.flaky,
    );
    expect(result).toEqual({ status: "error", reason: "not_payable" });
    expect(acquirer.proxy.seen.length).toBe(seen);
  });
});

describe("an acquirer that does not answer", () => {
  async function payWithLostAnswers() {
    const payment = await pendingPayment(merchant.merchantId, { amount: 2500n });
    acquirer.proxy.loseAnswers(5, "/v1/charges");
    const result = await payByForeignCard(
      db,
      { checkoutToken: payment.checkoutToken, card: testCard(CARDS.visa), client: client() },
      acquirer.flaky,
    );
    acquirer.proxy.loseAnswers(0, "");
    return { payment, result };
  }

  it("leaves the attempt pending; the query replays the request and the card is charged once", async () => {
    const { payment, result } = await payWithLostAnswers();
    expect(result).toEqual({ status: "error", reason: "foreign_pending" });
    const attempt = await onlyAttempt(payment.id);
    expect(attempt.status).toBe("PENDING");
    expect(await chargesForAttempt(acquirer.stripe, attempt.id)).toHaveLength(1);

    expect(await queryForeignCardAttempt(db, attempt.id, acquirer.stripe)).toEqual({
      result: "succeeded",
      paymentId: payment.id,
    });
    expect(await queryForeignCardAttempt(db, attempt.id, acquirer.stripe)).toMatchObject({
      result: "decided",
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("SUCCEEDED");
    expect(await chargesForAttempt(acquirer.stripe, attempt.id)).toHaveLength(1);
    expect(
      await db.journalEntry.count({ where: { eventType: "payment.succeeded", eventId: payment.id } }),
    ).toBe(1);
  });

  it("the shopper's next try settles the unanswered attempt first instead of charging again", async () => {
    const { payment } = await payWithLostAnswers();
    const again = await payByForeignCard(
      db,
      { checkoutToken: payment.checkoutToken, card: testCard(CARDS.visa), client: client() },
      acquirer.stripe,
    );
    expect(again).toEqual({ status: "paid", returnUrl: payment.returnUrl });
    const attempt = await onlyAttempt(payment.id);
    expect(attempt.status).toBe("APPROVED");
    expect(await chargesForAttempt(acquirer.stripe, attempt.id)).toHaveLength(1);
  });

  it("a charge found after the payment was closed is refunded to the card, not booked", async () => {
    const { payment } = await payWithLostAnswers();
    await closePayment(db, merchant.merchantId, payment.orderId);
    const attempt = await onlyAttempt(payment.id);
    expect((await queryForeignCardAttempt(db, attempt.id, acquirer.stripe)).result).toBe("unmatched");
    const [charge] = await chargesForAttempt(acquirer.stripe, attempt.id);
    expect(charge).toMatchObject({ amount: 2500, amount_refunded: 2500, refunded: true });
    expect(await db.paymentAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      status: "UNMATCHED",
    });
    expect(await db.journalEntry.count({ where: { eventId: payment.id } })).toBe(0);
    expect(
      await db.bankMessage.count({ where: { attemptId: attempt.id, verdict: "unmatched_refund_succeeded" } }),
    ).toBe(1);
  });
});

describe("after these payments", () => {
  it("no card number (nor the cardholder's name) is stored in any table", async () => {
    const tables = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text AS table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["bank_messages", "payment_attempts"]),
    );
    const needles = [
      ...Object.values(CARDS),
      ...Object.values(CARDS).map((n) => n.replace(/(\d{4})(?=\d)/g, "$1 ")),
      TEST_CARD_NAME,
    ];
    const count = async (table: string, needle: string) => {
      const rows = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${table.replaceAll('"', '""')}" AS t WHERE t::text LIKE $1`,
        `%${needle}%`,
      );
      return rows[0]?.n ?? 0;
    };
    // The search itself works: what is kept (brand and last four digits) is found.
    expect(await count("payment_attempts", "Visa •••• 4242")).toBeGreaterThan(0);
    for (const { table_name: table } of tables) {
      for (const needle of needles) {
        expect(await count(table, needle), `${table} contains ${needle.slice(-4)}`).toBe(0);
      }
    }
    const stripeMessages = await db.bankMessage.findMany({
      where: { bankCode: "stripe" },
      select: { body: true },
    });
    expect(stripeMessages.length).toBeGreaterThan(10);
    for (const { body } of stripeMessages) expect(body).not.toMatch(/"(number|cvc|exp_month|exp_year|name)"/);
  });

  it("the ledger balances", async () => {
    expect((await checkLedger(db)).ok).toBe(true);
  });
});

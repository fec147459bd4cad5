import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accounts } from "@/lib/ledger";
import { fund } from "@/lib/ledger/test-helpers";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { getCheckout } from "./get-checkout";
import { payWithWallet } from "./pay-with-wallet";
import { startAttempt } from "./start-attempt";
import { createWalletUser, pendingPayment } from "./testing";

let prepaidOnly: TestMerchant;

beforeAll(async () => {
  prepaidOnly = await createTestMerchant();
  await db.merchant.update({ where: { id: prepaidOnly.merchantId }, data: { products: ["PREPAID_CARD"] } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("a merchant approved for prepaid cards only", () => {
  it("gets a checkout that offers prepaid cards only", async () => {
    const payment = await pendingPayment(prepaidOnly.merchantId);
    const checkout = await getCheckout(db, payment.checkoutToken);
    expect(checkout?.methods).toEqual({ bankCard: false, wallet: false, prepaidCard: true });
  });

  it("cannot be paid by wallet or bank card, even by a hand-made request; nothing is recorded", async () => {
    const payment = await pendingPayment(prepaidOnly.merchantId);
    const userId = await createWalletUser();
    await fund(db, accounts.wallet(userId), 100_000n);
    await expect(payWithWallet(db, { payment: { id: payment.id }, userId })).rejects.toMatchObject({
      code: "merchant_not_active",
    });
    await expect(
      db.$transaction((tx) =>
        startAttempt(tx, { payment: { id: payment.id }, method: "BANK_CARD", bankCode: "icmb" }),
      ),
    ).rejects.toMatchObject({ code: "merchant_not_active" });
    expect(await db.paymentAttempt.count({ where: { paymentId: payment.id } })).toBe(0);
  });
});

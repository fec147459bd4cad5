import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { completeAttempt } from "@/lib/payments";
import { pendingPayment } from "@/lib/payments/testing";
import { startBankPayment } from "@/lib/bank-gateway/start-bank-payment";
import { bankFormForAttempt } from "./bank-form-for-attempt";

let merchantId: string;

beforeAll(async () => {
  const merchant = await createMerchant(db, {
    name: "Hand-off Shop",
    email: `handoff-${newId("t")}@example.com`,
    siteUrl: "https://handoff.example",
    status: "ACTIVE",
  });
  merchantId = merchant.id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the hand-off page's form (banks that take the shopper by POST)", () => {
  it("is the signed form of a waiting attempt, for its own checkout only, until the attempt is decided", async () => {
    const payment = await pendingPayment(merchantId, { amount: 1234n });
    const started = await startBankPayment(db, { checkoutToken: payment.checkoutToken, bankCode: "icmb" });
    expect(started.redirect.method).toBe("POST");

    const form = await bankFormForAttempt(db, payment.checkoutToken, started.attemptId);
    expect(form?.bankCode).toBe("icmb");
    if (form?.redirect.method !== "POST" || started.redirect.method !== "POST") throw new Error("not a form");
    expect(form.redirect.url).toBe(started.redirect.url);
    // The bank's request names the merchant and the amount (ICMB carries it as base64 XML).
    const xml = Buffer.from(form.redirect.fields.tranData ?? "", "base64").toString("utf8");
    expect(xml).toContain("<MerName>Hand-off Shop</MerName>");
    expect(xml).toContain("<Amount>1234</Amount>");

    const other = await pendingPayment(merchantId);
    expect(await bankFormForAttempt(db, other.checkoutToken, started.attemptId)).toBeNull();

    await completeAttempt(db, {
      attemptId: started.attemptId,
      outcome: "approved",
      bankTxnId: newId("txn"),
      amount: 1234n,
    });
    expect(await bankFormForAttempt(db, payment.checkoutToken, started.attemptId)).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chargesForAttempt, startTestAcquirer, testCard, type TestAcquirer } from "../testing/acquirer";
import { createStripeClient } from "./client";
import { toStripeAmount } from "./amount";
import { createCharge, tokenizeCard, refundCharge, retrieveCharge, type ChargeOutcome } from ".";

let acquirer: TestAcquirer;
let counter = 0;

beforeAll(async () => {
  acquirer = await startTestAcquirer();
});
afterAll(async () => {
  await acquirer.stop();
});

async function tokenFor(number: string): Promise<string> {
  const result = await tokenizeCard(acquirer.stripe, testCard(number));
  if (!result.ok) throw new Error(`tokenize ${number.slice(-4)}: ${result.problem}`);
  return result.token.id;
}

function request(source: string, amount = 1999n) {
  counter++;
  return {
    attemptId: `att_connector${Date.now()}x${counter}`,
    paymentId: `pay_c${counter}`,
    amount,
    currency: "CNY",
    source,
  };
}

describe("tokenizeCard", () => {
  it("returns a token with brand and last four digits for a test card", async () => {
    const result = await tokenizeCard(acquirer.stripe, testCard("4242424242424242"));
    expect(result).toMatchObject({ ok: true, token: { brand: "Visa", last4: "4242" } });
  });

  it("maps Stripe's card-data errors to form fields and a live card to a decline", async () => {
    expect(await tokenizeCard(acquirer.stripe, testCard("4242424242424241"))).toMatchObject({
      ok: false,
      problem: "invalid",
      field: "number",
    });
    expect(await tokenizeCard(acquirer.stripe, testCard("4242424242424242", { cvc: "12" }))).toMatchObject({
      ok: false,
      problem: "invalid",
      field: "cvc",
    });
    expect(await tokenizeCard(acquirer.stripe, testCard("4111111111111111"))).toMatchObject({
      ok: false,
      problem: "declined",
      code: "test_mode_live_card",
    });
  });

  it("is unavailable, not a decline, when Stripe cannot be reached", async () => {
    const nowhere = createStripeClient({
      secretKey: "sk_test_x",
      host: "127.0.0.1",
      port: 1,
      protocol: "http",
      maxNetworkRetries: 0,
    });
    expect(await tokenizeCard(nowhere, testCard("4242424242424242"))).toMatchObject({
      ok: false,
      problem: "unavailable",
    });
  });
});

describe("createCharge", () => {
  it("approves a good card: amount in fen as bigint, currency as the gateway writes it", async () => {
    const outcome = await createCharge(acquirer.stripe, request(await tokenFor("4242424242424242")));
    expect(outcome).toMatchObject({ kind: "approved", amount: 1999n, currency: "CNY" });
    expect(outcome.summary).toMatchObject({ card: { brand: "visa", last4: "4242" }, replayed: false });
  });

  it.each([
    ["4000000000000002", "generic_decline", "card_declined"],
    ["4000000000009995", "insufficient_funds", "insufficient_funds"],
    ["4000000000000127", "incorrect_cvc", "incorrect_cvc"],
    ["4000000000000069", "expired_card", "expired_card"],
    ["4000000000000119", "processing_error", "processing_error"],
    ["4100000000000019", "fraudulent", "card_declined"],
  ])("declines %s with reason %s (%s for the shopper)", async (number, reason, category) => {
    const outcome = await createCharge(acquirer.stripe, request(await tokenFor(number)));
    expect(outcome).toMatchObject({ kind: "declined", reason, category });
    expect(outcome.chargeId).toMatch(/^ch_/);
  });

  it("replays a repeated request for the same attempt instead of charging again", async () => {
    const req = request(await tokenFor("4242424242424242"));
    const first = await createCharge(acquirer.stripe, req);
    const again = await createCharge(acquirer.stripe, req);
    expect(again.chargeId).toBe(first.chargeId);
    expect(again.summary).toMatchObject({ replayed: true });
    expect(await chargesForAttempt(acquirer.stripe, req.attemptId)).toHaveLength(1);
  });

  it("retries a lost answer with the same key: one charge, approved", async () => {
    const req = request(await tokenFor("4242424242424242"));
    acquirer.proxy.loseAnswers(1, "/v1/charges");
    const sentBefore = acquirer.proxy.seen.length;
    const outcome = await createCharge(acquirer.retrying, req);
    expect(outcome).toMatchObject({ kind: "approved", summary: { replayed: true } });
    expect(acquirer.proxy.seen.slice(sentBefore)).toEqual(["POST /v1/charges", "POST /v1/charges"]);
    expect(await chargesForAttempt(acquirer.stripe, req.attemptId)).toHaveLength(1);
  });

  it("is pending when every answer is lost, and the charge it made is found by replaying", async () => {
    const req = request(await tokenFor("4242424242424242"));
    acquirer.proxy.loseAnswers(5, "/v1/charges");
    const lost: ChargeOutcome = await createCharge(acquirer.flaky, req);
    expect(lost).toMatchObject({ kind: "pending", chargeId: null });
    acquirer.proxy.loseAnswers(0, "");
    const replayed = await createCharge(acquirer.stripe, req);
    expect(replayed).toMatchObject({ kind: "approved", summary: { replayed: true } });
    expect(await chargesForAttempt(acquirer.stripe, req.attemptId)).toHaveLength(1);
  });

  it("declines as refused by the acquirer a request Stripe cannot take (amount above its limit)", async () => {
    const outcome = await createCharge(
      acquirer.stripe,
      request(await tokenFor("4242424242424242"), 100_000_000n),
    );
    expect(outcome).toMatchObject({ kind: "declined", category: "acquirer_rejected", chargeId: null });
  });

  it("refuses amounts that are not positive safe integers before calling Stripe", () => {
    expect(toStripeAmount(1999n)).toBe(1999);
    expect(() => toStripeAmount(0n)).toThrow(RangeError);
    expect(() => toStripeAmount(2n ** 53n)).toThrow(RangeError);
  });
});

describe("retrieveCharge and refundCharge", () => {
  it("queries a charge by id, and refunds once per refund id", async () => {
    const charged = await createCharge(acquirer.stripe, request(await tokenFor("4242424242424242")));
    if (charged.kind !== "approved") throw new Error("expected an approval");
    expect(await retrieveCharge(acquirer.stripe, charged.chargeId)).toMatchObject({
      kind: "approved",
      amount: 1999n,
    });

    const refundId = `rf_connector${counter}`;
    const first = await refundCharge(acquirer.stripe, { chargeId: charged.chargeId, amount: 500n, refundId });
    const again = await refundCharge(acquirer.stripe, { chargeId: charged.chargeId, amount: 500n, refundId });
    expect(first).toMatchObject({ kind: "succeeded", amount: 500n });
    expect(again.stripeRefundId).toBe(first.stripeRefundId);
    const charge = await acquirer.stripe.charges.retrieve(charged.chargeId);
    expect(charge.amount_refunded).toBe(500);

    const tooMuch = await refundCharge(acquirer.stripe, {
      chargeId: charged.chargeId,
      amount: 2000n,
      refundId: `${refundId}b`,
    });
    expect(tooMuch).toMatchObject({ kind: "failed" });
    expect(await retrieveCharge(acquirer.stripe, "ch_missing")).toMatchObject({ kind: "pending" });
  });
});

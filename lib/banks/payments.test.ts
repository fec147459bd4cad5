import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BANKS } from "./registry";
import {
  APPROVED,
  INSUFFICIENT,
  LOST,
  PASSWORD,
  SLOW,
  approved,
  newAttemptId,
  pay,
  paymentInput,
  sleep,
} from "./testing/flows";
import { testPlatformSigner } from "./testing/gateway-key";
import { SLOW_MS, startHarness, type Harness } from "./testing/harness";
import { openBankPage, openPayForm, readOutcome } from "./testing/shopper";

// Every connector, end to end over HTTP against its mock bank: the spec's test cards, one by one.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe.each(BANKS.map((bank) => bank.code))("%s: payments", (code) => {
  const connector = () => harness.registry.connector(code);
  const balance = (card: string) => harness.banks.banks.find((b) => b.code === code)?.balanceOf(card);

  it("card ...0001 is approved: return, notification and status query agree", async () => {
    const input = paymentInput(harness);
    const before = balance(APPROVED) ?? 0n;
    const { outcome, result } = await pay(connector(), input, APPROVED);
    expect(outcome.kind).toBe("return");
    const fromReturn = approved(result);
    expect(fromReturn).toMatchObject({
      kind: "payment",
      bank: code,
      attemptId: input.attemptId,
      amount: 1999n,
      currency: "CNY",
    });

    const message = await harness.inbox.waitFor(`/notify/${input.attemptId}`);
    const notified = approved(
      await connector().parseNotification({ body: message.body, contentType: message.contentType }),
    );
    expect(notified.bankTxnId).toBe(fromReturn.bankTxnId);
    expect(notified.raw).toBe(message.body);
    expect(notified.paidAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const queried = approved(await connector().queryPayment(input.attemptId));
    expect(queried).toMatchObject({ bankTxnId: fromReturn.bankTxnId, amount: 1999n });
    expect(balance(APPROVED)).toBe(before - 1999n);
  });

  it("a replayed notification parses to the same result with the same message id", async () => {
    const input = paymentInput(harness);
    await pay(connector(), input, APPROVED);
    const message = await harness.inbox.waitFor(`/notify/${input.attemptId}`);
    const first = await connector().parseNotification({
      body: message.body,
      contentType: message.contentType,
    });
    const again = await connector().parseNotification({
      body: message.body,
      contentType: message.contentType,
    });
    expect(again).toEqual(first);
    expect(again.messageId).toBeTruthy();
  });

  it("card ...0002 is declined for insufficient funds and the shopper can go back", async () => {
    const input = paymentInput(harness);
    const { outcome, result } = await pay(connector(), input, INSUFFICIENT);
    expect(outcome.kind === "return" && outcome.page).toContain("余额不足");
    expect(result).toMatchObject({
      status: "declined",
      declineReason: "insufficient_funds",
      attemptId: input.attemptId,
    });
    expect(await connector().queryPayment(input.attemptId)).toMatchObject({
      status: "declined",
      declineReason: "insufficient_funds",
    });
  });

  it("a wrong password is declined as wrong_password, on any card", async () => {
    for (const card of [APPROVED, SLOW]) {
      const { result } = await pay(connector(), paymentInput(harness), card, "654321");
      expect(result).toMatchObject({ status: "declined", declineReason: "wrong_password" });
    }
  });

  it("an unknown card is declined as card_unknown", async () => {
    const { result } = await pay(connector(), paymentInput(harness), "6222029999999999");
    expect(result).toMatchObject({ status: "declined", declineReason: "card_unknown" });
  });

  it("card ...0003 is approved but nothing reaches the gateway; a status query finds it", async () => {
    const input = paymentInput(harness);
    const { outcome } = await pay(connector(), input, LOST);
    expect(outcome.kind).toBe("stays");
    expect(outcome.page).toContain("you may close this page");
    await sleep(150);
    expect(harness.inbox.received.some((m) => m.path === `/notify/${input.attemptId}`)).toBe(false);
    expect(approved(await connector().queryPayment(input.attemptId)).amount).toBe(1999n);
  });

  it("card ...0004 answers slowly and then approves", async () => {
    const input = paymentInput(harness);
    const started = Date.now();
    const { result } = await pay(connector(), input, SLOW);
    expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_MS - 5);
    approved(result);
    approved(await connector().parseNotification(await harness.inbox.waitFor(`/notify/${input.attemptId}`)));
  });

  it("submitting twice (even while the first is still running) charges once", async () => {
    const input = paymentInput(harness);
    const before = balance(SLOW) ?? 0n;
    const form = await openPayForm(await connector().buildPaymentRedirect(input));
    const submissions = await Promise.all([form.submit(SLOW, PASSWORD), form.submit(SLOW, PASSWORD)]);
    submissions.push(await form.submit(SLOW, PASSWORD)); // the back button, then submit again
    const ids = new Set<string>();
    for (const outcome of submissions) {
      if (outcome.kind !== "return") throw new Error("expected a return to the gateway");
      ids.add(approved(await connector().parseReturn(outcome.params)).bankTxnId);
    }
    expect(ids.size).toBe(1);
    expect(balance(SLOW)).toBe(before - 1999n);
  });

  it("status query: not_found before the shopper arrives, pending while the page is open", async () => {
    const input = paymentInput(harness);
    expect(await connector().queryPayment(input.attemptId)).toMatchObject({
      status: "not_found",
      attemptId: input.attemptId,
    });
    const page = await openBankPage(await connector().buildPaymentRedirect(input));
    const html = await page.text();
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toContain('<label for="card">');
    expect(html).toContain('<label for="password">');
    expect(html).toContain("¥19.99");
    expect(html).toContain("Blue mug &#60;蓝色杯子&#62;"); // escaped, never raw markup
    expect(await connector().queryPayment(input.attemptId)).toMatchObject({ status: "pending" });
  });

  it("an expired request is refused with a clear page and a signed way back", async () => {
    const input = paymentInput(harness, { expiresAt: new Date(Date.now() - 1_000) });
    const outcome = await readOutcome(await openBankPage(await connector().buildPaymentRedirect(input)));
    expect(outcome.page).toContain("expired");
    if (outcome.kind !== "return") throw new Error("expected a way back");
    expect(await connector().parseReturn(outcome.params)).toMatchObject({
      status: "declined",
      declineReason: "expired",
    });
  });

  it("a payment request not signed by the gateway is refused", async () => {
    const bank = harness.banks.banks.find((b) => b.code === code);
    const descriptor = BANKS.find((b) => b.code === code);
    if (!bank || !descriptor) throw new Error(`no bank ${code}`);
    const impostor = descriptor.createConnector({ baseUrl: bank.url, signer: testPlatformSigner() });
    const page = await openBankPage(await impostor.buildPaymentRedirect(paymentInput(harness)));
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("signature is invalid");
  });

  it("a different request for an attempt the bank already knows is refused", async () => {
    const attemptId = newAttemptId();
    await openBankPage(await connector().buildPaymentRedirect(paymentInput(harness, { attemptId })));
    const changed = await openBankPage(
      await connector().buildPaymentRedirect(paymentInput(harness, { attemptId, amount: 1n })),
    );
    expect(changed.status).toBe(409);
  });
});

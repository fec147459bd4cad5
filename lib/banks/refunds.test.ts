import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BANKS } from "./registry";
import { APPROVED, INSUFFICIENT, approved, newAttemptId, pay, paymentInput } from "./testing/flows";
import { startHarness, type Harness } from "./testing/harness";
import type { RefundResult } from "./types";

// Refunds through every connector: accepted at once, settled asynchronously, idempotent on the refund id.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

let counter = 0;
const refundId = () => `rf_${Date.now().toString(36)}_${++counter}`;

describe.each(BANKS.map((bank) => bank.code))("%s: refunds", (code) => {
  const connector = () => harness.registry.connector(code);
  const balance = () => harness.banks.banks.find((b) => b.code === code)?.balanceOf(APPROVED) ?? 0n;

  async function paid() {
    const input = paymentInput(harness);
    const result = approved((await pay(connector(), input, APPROVED)).result);
    return { attemptId: input.attemptId, bankTxnId: result.bankTxnId };
  }

  function refundRequest(attemptId: string, amount: bigint, id = refundId(), bankTxnId?: string) {
    const notifyUrl = `${harness.inbox.url}/refunds/${id}`;
    return {
      refundId: id,
      attemptId,
      amount,
      currency: "CNY",
      notifyUrl,
      ...(bankTxnId ? { bankTxnId } : {}),
    };
  }

  it("a partial refund is accepted, then succeeds with a signed notification, and the card is credited", async () => {
    const { attemptId, bankTxnId } = await paid();
    const before = balance();
    const request = refundRequest(attemptId, 500n, undefined, bankTxnId);
    const accepted = await connector().requestRefund(request);
    expect(accepted).toMatchObject({
      kind: "refund",
      status: "processing",
      refundId: request.refundId,
      amount: 500n,
    });

    const message = await harness.inbox.waitFor(`/refunds/${request.refundId}`);
    const done = await connector().parseRefundNotification(message);
    expect(done).toMatchObject({ status: "succeeded", refundId: request.refundId, amount: 500n });
    expect(done.status === "succeeded" && accepted.status === "processing" && done.bankRefundId).toBe(
      accepted.status === "processing" && accepted.bankRefundId,
    );
    expect(await connector().queryRefund(request.refundId)).toMatchObject({
      status: "succeeded",
      amount: 500n,
    });
    expect(balance()).toBe(before + 500n);
  });

  it("is idempotent on the refund id, and refuses the same id with other parameters", async () => {
    const { attemptId } = await paid();
    const request = refundRequest(attemptId, 300n);
    const first = await connector().requestRefund(request);
    const again = await connector().requestRefund(request);
    expect(bankRefundId(again)).toBe(bankRefundId(first));
    expect(await connector().requestRefund({ ...request, amount: 301n })).toMatchObject({
      status: "rejected",
      rejectReason: "conflict",
    });
  });

  it("never refunds more than was paid minus what was already refunded", async () => {
    const { attemptId } = await paid();
    expect((await connector().requestRefund(refundRequest(attemptId, 1500n))).status).toBe("processing");
    expect(await connector().requestRefund(refundRequest(attemptId, 500n))).toMatchObject({
      status: "rejected",
      rejectReason: "exceeds_refundable",
    });
    expect((await connector().requestRefund(refundRequest(attemptId, 499n))).status).toBe("processing");
    expect(await connector().requestRefund(refundRequest(attemptId, 1n))).toMatchObject({
      status: "rejected",
    });
  });

  it("refuses refunds of unknown, unpaid or mismatched payments", async () => {
    expect(await connector().requestRefund(refundRequest(newAttemptId(), 1n))).toMatchObject({
      status: "rejected",
      rejectReason: "payment_not_found",
    });
    const declined = paymentInput(harness);
    await pay(connector(), declined, INSUFFICIENT);
    expect(await connector().requestRefund(refundRequest(declined.attemptId, 1n))).toMatchObject({
      status: "rejected",
      rejectReason: "payment_not_approved",
    });
    const { attemptId } = await paid();
    expect(
      await connector().requestRefund(refundRequest(attemptId, 1n, undefined, "999999999999")),
    ).toMatchObject({
      status: "rejected",
      rejectReason: "payment_not_found",
    });
  });

  it("answers not_found for a refund it never saw", async () => {
    const id = refundId();
    expect(await connector().queryRefund(id)).toMatchObject({ status: "not_found", refundId: id });
  });

  it("retries a refund notification the gateway did not acknowledge", async () => {
    const { attemptId } = await paid();
    const request = refundRequest(attemptId, 100n);
    harness.inbox.failNext(2);
    await connector().requestRefund(request);
    const message = await harness.inbox.waitFor(`/refunds/${request.refundId}`);
    expect((await connector().parseRefundNotification(message)).status).toBe("succeeded");
  });
});

function bankRefundId(result: RefundResult): string | undefined {
  return "bankRefundId" in result ? result.bankRefundId : undefined;
}

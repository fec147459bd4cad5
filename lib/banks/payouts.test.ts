import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BANKS } from "./registry";
import { APPROVED } from "./testing/flows";
import { startHarness, type Harness } from "./testing/harness";
import type { PayoutRequestInput } from "./types";

// Payouts (merchant and wallet withdrawals) through every connector: idempotent, settled asynchronously.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

let counter = 0;

describe.each(BANKS.map((bank) => bank.code))("%s: payouts", (code) => {
  const connector = () => harness.registry.connector(code);
  const balance = () => harness.banks.banks.find((b) => b.code === code)?.balanceOf(APPROVED) ?? 0n;

  function payout(overrides: Partial<PayoutRequestInput> = {}): PayoutRequestInput {
    const payoutId = overrides.payoutId ?? `po_${Date.now().toString(36)}_${++counter}`;
    return {
      payoutId,
      accountNumber: APPROVED,
      accountName: "张三 Zhang San",
      amount: 12_345n,
      currency: "CNY",
      notifyUrl: `${harness.inbox.url}/payouts/${payoutId}`,
      ...overrides,
    };
  }

  it("pays out to a card: accepted, then succeeded by notification and query, and credited once", async () => {
    const before = balance();
    const request = payout();
    const accepted = await connector().requestPayout(request);
    expect(accepted).toMatchObject({
      kind: "payout",
      payoutId: request.payoutId,
      status: "processing",
      amount: 12_345n,
    });
    const done = await connector().parsePayoutNotification(
      await harness.inbox.waitFor(`/payouts/${request.payoutId}`),
    );
    expect(done).toMatchObject({ status: "succeeded", amount: 12_345n });
    expect(await connector().queryPayout(request.payoutId)).toMatchObject({ status: "succeeded" });

    const repeated = await connector().requestPayout(request);
    expect(repeated.status).toBe("succeeded");
    expect("bankPayoutId" in repeated && repeated.bankPayoutId).toBe(
      "bankPayoutId" in accepted && accepted.bankPayoutId,
    );
    expect(balance()).toBe(before + 12_345n);
  });

  it("refuses the same payout id with other parameters", async () => {
    const request = payout();
    await connector().requestPayout(request);
    expect(await connector().requestPayout({ ...request, amount: 1n })).toMatchObject({
      status: "rejected",
      rejectReason: "conflict",
    });
  });

  it("fails a payout to an account the bank does not hold", async () => {
    const request = payout({ accountNumber: "6222021234567890" });
    expect((await connector().requestPayout(request)).status).toBe("processing");
    const done = await connector().parsePayoutNotification(
      await harness.inbox.waitFor(`/payouts/${request.payoutId}`),
    );
    expect(done).toMatchObject({ status: "failed", failReason: "account_unknown" });
    expect(await connector().queryPayout(request.payoutId)).toMatchObject({
      status: "failed",
      failReason: "account_unknown",
    });
  });

  it("rejects an invalid account number outright", async () => {
    expect(await connector().requestPayout(payout({ accountNumber: "12345" }))).toMatchObject({
      status: "rejected",
      rejectReason: "invalid",
    });
  });

  it("answers not_found for a payout it never saw", async () => {
    expect(await connector().queryPayout("po_unknown")).toMatchObject({
      status: "not_found",
      payoutId: "po_unknown",
    });
  });
});

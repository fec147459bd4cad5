import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BankError } from "./errors";
import { BANKS } from "./registry";
import { APPROVED, pay, paymentInput } from "./testing/flows";
import { damageSignature, rawToReturn, resign, returnToRaw, tamperAmount } from "./testing/forge";
import { signerFromPem, testPlatformSigner } from "./testing/gateway-key";
import { startHarness, type Harness } from "./testing/harness";
import type { ReceivedMessage } from "./testing/inbox";
import type { BankConnector, ConnectorDeps, PlatformSigner } from "./types";

// Whatever arrives claiming to be from a bank is verified before it is believed: forged, tampered and
// misdirected messages throw a typed error and never become a result.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BankError)) throw new Error(`expected a BankError, got ${String(error)}`);
  return error.code;
}

function connectorFor(
  code: string,
  deps: Omit<ConnectorDeps, "signer"> & { signer?: PlatformSigner },
): BankConnector {
  const descriptor = BANKS.find((bank) => bank.code === code);
  if (!descriptor) throw new Error(`no bank ${code}`);
  return descriptor.createConnector({ signer: harness.signer, ...deps });
}

const urlOf = (code: string) => harness.banks.banks.find((bank) => bank.code === code)?.url ?? "";
const keyOf = (code: string) => harness.banks.banks.find((bank) => bank.code === code)?.publicKeyPem;

describe.each(BANKS.map((bank) => bank.code))("%s: forged and misdirected messages", (code) => {
  const connector = () => harness.registry.connector(code);
  const other = () => BANKS.find((bank) => bank.code !== code)?.code ?? "";
  let notification: ReceivedMessage;
  let returned: Record<string, string>;

  beforeAll(async () => {
    const input = paymentInput(harness);
    const { outcome } = await pay(connector(), input, APPROVED);
    if (outcome.kind !== "return") throw new Error("expected a return");
    returned = outcome.params;
    notification = await harness.inbox.waitFor(`/notify/${input.attemptId}`);
  });

  it("accepts the genuine notification and the same content signed again by the bank", async () => {
    expect((await connector().parseNotification(notification)).status).toBe("approved");
    const again = await resign(code, notification.body, signerFromPem(harness.bankPrivateKeyPem(code)));
    expect((await connector().parseNotification({ body: again })).status).toBe("approved");
  });

  it("refuses a notification whose amount was changed", async () => {
    const body = tamperAmount(code, notification.body);
    expect(body).not.toBe(notification.body);
    expect(await rejection(connector().parseNotification({ body }))).toBe("signature_invalid");
  });

  it("refuses a notification with a damaged signature", async () => {
    const body = damageSignature(code, notification.body);
    expect(body).not.toBe(notification.body);
    expect(await rejection(connector().parseNotification({ body }))).toBe("signature_invalid");
  });

  it("refuses a notification signed by another bank's key", async () => {
    const body = await resign(code, notification.body, signerFromPem(harness.bankPrivateKeyPem(other())));
    expect(await rejection(connector().parseNotification({ body }))).toBe("signature_invalid");
  });

  it("refuses a notification signed by the gateway's own key", async () => {
    const body = await resign(code, notification.body, harness.signer);
    expect(await rejection(connector().parseNotification({ body }))).toBe("signature_invalid");
  });

  it("refuses a tampered shopper return", async () => {
    const params = rawToReturn(code, tamperAmount(code, returnToRaw(code, returned)));
    expect(await rejection(connector().parseReturn(params))).toBe("signature_invalid");
    expect((await connector().parseReturn(returned)).status).toBe("approved");
  });

  it("refuses garbage as malformed", async () => {
    for (const body of ["", "hello", "<Notify></Notify>", "0220"]) {
      expect(["malformed", "signature_invalid"]).toContain(
        await rejection(connector().parseNotification({ body })),
      );
    }
    expect(await rejection(connector().parseReturn({}))).toBe("malformed");
  });

  it("refuses a genuine payment notification presented as a refund or payout result", async () => {
    expect(["unexpected_message", "malformed"]).toContain(
      await rejection(connector().parseRefundNotification(notification)),
    );
    expect(["unexpected_message", "malformed"]).toContain(
      await rejection(connector().parsePayoutNotification(notification)),
    );
  });

  it("with another bank's key pinned, even genuine messages are refused", async () => {
    const pinned = connectorFor(code, { baseUrl: urlOf(code), bankPublicKeyPem: keyOf(other()) });
    expect(await rejection(pinned.parseNotification(notification))).toBe("signature_invalid");
    const right = connectorFor(code, { baseUrl: "http://127.0.0.1:9", bankPublicKeyPem: keyOf(code) });
    expect((await right.parseNotification(notification)).status).toBe("approved");
  });

  it("the bank refuses requests the gateway did not sign", async () => {
    const impostor = connectorFor(code, { baseUrl: urlOf(code), signer: testPlatformSigner() });
    expect(await rejection(impostor.queryPayment("att_x"))).toBe("refused");
  });

  it("an unreachable bank is reported as unavailable", async () => {
    const gone = connectorFor(code, { baseUrl: "http://127.0.0.1:9", timeoutMs: 2_000 });
    expect(await rejection(gone.queryPayment("att_x"))).toBe("unavailable");
    // Without a pinned key, the key itself cannot be fetched either.
    expect(await rejection(gone.parseNotification(notification))).toBe("unavailable");
  });
});

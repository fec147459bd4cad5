import { createPrivateKey, randomBytes, sign, type KeyObject } from "node:crypto";

// Builds merchant API requests signed exactly as shared/spec/merchant-api.md says, the way a merchant's
// server would. Signing costs the bench about 0.7 ms of CPU per request on the machine it shares with
// the gateway, so requests can be signed ahead of a measured window (see CreateRequestPool).

export type MerchantCredentials = { merchantId: string; keyId: string; privateKey: KeyObject };

export type SignedRequest = {
  path: string;
  method: "GET" | "POST";
  body: string;
  headers: Record<string, string>;
  /** The merchant's own order id (for creates), to match notifications with payments. */
  orderId: string;
  merchantId: string;
};

export function credentials(merchantId: string, keyId: string, privateKeyPem: string): MerchantCredentials {
  return { merchantId, keyId, privateKey: createPrivateKey(privateKeyPem) };
}

export function signRequest(
  merchant: MerchantCredentials,
  method: "GET" | "POST",
  path: string,
  body: string,
  orderId: string,
): SignedRequest {
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const nonce = randomBytes(16).toString("hex");
  const signature = sign(
    "sha256",
    Buffer.from(`${method}\n${path}\n${timestamp}\n${nonce}\n${body}\n`, "utf8"),
    merchant.privateKey,
  ).toString("base64");
  return {
    path,
    method,
    body,
    orderId,
    merchantId: merchant.merchantId,
    headers: {
      "content-type": "application/json",
      authorization: `PAYLANE-RSA-SHA256 merchant_id="${merchant.merchantId}",key_id="${merchant.keyId}",timestamp="${timestamp}",nonce="${nonce}",signature="${signature}"`,
    },
  };
}

let sequence = 0;
const runId = randomBytes(3).toString("hex");

/** A create-payment request with an order id unique across the run (and across runs). */
export function signedCreate(merchant: MerchantCredentials, sinkBase: string, label: string): SignedRequest {
  // Order ids are 1-64 of [A-Za-z0-9_-] (spec): the label is only a hint of the scenario.
  const tag = label.replace(/[^A-Za-z0-9]/g, "").slice(0, 12);
  const orderId = `B${runId}-${tag}-${(sequence++).toString(36)}`;
  const body = JSON.stringify({
    orderId,
    amount: 1999,
    currency: "CNY",
    subject: "Bench mug",
    notifyUrl: `${sinkBase}/notify`,
    returnUrl: `${sinkBase}/orders/${orderId}`,
  });
  return signRequest(merchant, "POST", "/api/v1/payments", body, orderId);
}

/**
 * Create requests signed ahead of time, handed out in order; when the pool runs dry, requests are signed
 * on demand (and counted, so the report can say the load generator spent CPU signing in the window).
 */
export class CreateRequestPool {
  private readonly ready: SignedRequest[] = [];
  private next = 0;
  signedLate = 0;

  constructor(
    private readonly merchants: readonly MerchantCredentials[],
    private readonly sinkBase: string,
    private readonly label: string,
  ) {}

  private merchantFor(index: number): MerchantCredentials {
    const merchant = this.merchants[index % this.merchants.length];
    if (!merchant) throw new Error("no merchants to sign for");
    return merchant;
  }

  /** Requests signed but not handed out yet. */
  get remaining(): number {
    return this.ready.length - this.next;
  }

  /** Signs `count` more requests now (merchants taken round-robin: a uniform mix). */
  fill(count: number): void {
    const start = this.ready.length;
    for (let i = 0; i < count; i++) {
      this.ready.push(signedCreate(this.merchantFor(start + i), this.sinkBase, this.label));
    }
  }

  take(): SignedRequest {
    const request = this.ready[this.next];
    if (request) {
      this.next++;
      return request;
    }
    this.signedLate++;
    return signedCreate(this.merchantFor(this.next++), this.sinkBase, this.label);
  }
}

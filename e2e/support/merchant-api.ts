import { createSign, createVerify, randomBytes } from "node:crypto";
import { E2E_APP_URL } from "./ports";
import { readE2eState } from "./state";

/** Calls the merchant API as the demo merchant's server would: signed exactly as the spec says. */
export async function merchantApi(method: "GET" | "POST", path: string, body?: unknown) {
  const { merchant } = readE2eState();
  const raw = body === undefined ? "" : JSON.stringify(body);
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const nonce = randomBytes(16).toString("hex");
  const signer = createSign("sha256");
  signer.update(`${method}\n${path}\n${timestamp}\n${nonce}\n${raw}\n`);
  const signature = signer.sign(merchant.privateKeyPem, "base64");
  const response = await fetch(`${E2E_APP_URL}${path}`, {
    method,
    body: body === undefined ? undefined : raw,
    headers: {
      "content-type": "application/json",
      authorization: `PAYLANE-RSA-SHA256 merchant_id="${merchant.merchantId}",key_id="${merchant.keyId}",timestamp="${timestamp}",nonce="${nonce}",signature="${signature}"`,
    },
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

let platformKey: string | undefined;

/** Verifies a Paylane-Signature (responses and notifications) with the platform key. */
export async function verifiedByPlatform(headers: Record<string, string>, body: string): Promise<boolean> {
  platformKey ??= await (await fetch(`${E2E_APP_URL}/api/v1/platform-key`)).text();
  const verifier = createVerify("sha256");
  verifier.update(`${headers["paylane-timestamp"]}\n${headers["paylane-nonce"]}\n${body}\n`);
  return verifier.verify(platformKey, headers["paylane-signature"] ?? "", "base64");
}

export type PaymentObject = {
  id: string;
  orderId: string;
  status: string;
  checkoutUrl: string;
  method: string | null;
  bank: string | null;
};

let counter = 0;

/** Creates a payment whose notifyUrl and returnUrl point at the test's merchant server. */
export async function createPayment(merchantBase: string, overrides: Record<string, unknown> = {}) {
  const orderId = `E2E-${Date.now()}-${counter++}`;
  const created = await merchantApi("POST", "/api/v1/payments", {
    orderId,
    amount: 1999,
    subject: "Blue mug",
    notifyUrl: `${merchantBase}/notify`,
    returnUrl: `${merchantBase}/orders/${orderId}`,
    ...overrides,
  });
  if (created.status !== 201)
    throw new Error(`create payment: ${created.status} ${JSON.stringify(created.json)}`);
  return created.json as unknown as PaymentObject;
}

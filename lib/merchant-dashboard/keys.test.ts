import { createPrivateKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestMerchant, signedRequest, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { generateRsaKeyPair } from "@/lib/signing/rsa";
import { verifyMerchantRequest } from "@/lib/signing/verify-merchant-request";
import { generateKeyForMerchant } from "./generate-key";
import { listMerchantKeys } from "./list-merchant-keys";
import { registerKeyForMerchant } from "./register-key";
import { revokeMerchantKey } from "./revoke-key";
import { merchantMember } from "./testing";

let merchant: TestMerchant;
let owner: string;

beforeAll(async () => {
  merchant = await createTestMerchant();
  owner = await merchantMember(merchant.merchantId, "OWNER");
});

afterAll(async () => {
  await db.$disconnect();
});

async function verify(request: Request) {
  return verifyMerchantRequest(db, {
    method: request.method,
    pathWithQuery: new URL(request.url).pathname,
    authorization: request.headers.get("authorization"),
    body: "",
  });
}

describe("API keys from the dashboard", () => {
  it("registers a public key, and names the field when the PEM is not one", async () => {
    const { publicKeyPem, privateKeyPem } = await generateRsaKeyPair();
    const registered = await registerKeyForMerchant(db, merchant.merchantId, `\n${publicKeyPem}\n`);
    expect(registered.keyId).toMatch(/^key_/);
    expect(registered.fingerprint).toMatch(/^SHA256:/);
    await expect(registerKeyForMerchant(db, merchant.merchantId, privateKeyPem)).rejects.toMatchObject({
      code: "invalid_request",
      field: "publicKeyPem",
      message: expect.stringMatching(/private key/) as unknown,
    });
    await expect(registerKeyForMerchant(db, merchant.merchantId, "hello")).rejects.toMatchObject({
      field: "publicKeyPem",
    });
  });

  it("generates a pair: only the public half is stored, and a request signed with it verifies", async () => {
    const generated = await generateKeyForMerchant(db, merchant.merchantId);
    expect(generated.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const stored = await db.merchantKey.findUniqueOrThrow({ where: { id: generated.keyId } });
    expect(stored.publicKeyPem).toBe(generated.publicKeyPem);
    expect(JSON.stringify(stored)).not.toContain("PRIVATE");

    const keyed = {
      ...merchant,
      keyId: generated.keyId,
      privateKey: createPrivateKey(generated.privateKeyPem),
    };
    expect((await verify(signedRequest(keyed, "GET", "/api/v1/balance"))).ok).toBe(true);

    const listed = await listMerchantKeys(db, merchant.merchantId);
    expect(listed.find((key) => key.keyId === generated.keyId)).toMatchObject({
      status: "ACTIVE",
      fingerprint: generated.fingerprint,
    });
  });

  it("a revoked key stops authenticating at once, and is listed after the active ones", async () => {
    const generated = await generateKeyForMerchant(db, merchant.merchantId);
    const keyed = {
      ...merchant,
      keyId: generated.keyId,
      privateKey: createPrivateKey(generated.privateKeyPem),
    };
    // Verified once first, so the parsed key is in the verifier's cache when it is revoked.
    expect((await verify(signedRequest(keyed, "GET", "/api/v1/balance"))).ok).toBe(true);

    await expect(revokeMerchantKey(db, { userId: owner, keyId: generated.keyId })).resolves.toEqual({
      keyId: generated.keyId,
      merchantId: merchant.merchantId,
      revoked: true,
    });
    const refused = await verify(signedRequest(keyed, "GET", "/api/v1/balance"));
    expect(refused).toMatchObject({ ok: false, error: { code: "signature_invalid" } });
    // The merchant's other keys still work.
    expect((await verify(signedRequest(merchant, "GET", "/api/v1/balance"))).ok).toBe(true);

    const listed = await listMerchantKeys(db, merchant.merchantId);
    const statuses = listed.map((key) => key.status);
    expect(statuses.indexOf("REVOKED")).toBe(statuses.length - 1);
    expect(listed.at(-1)).toMatchObject({ keyId: generated.keyId, revokedAt: expect.any(Date) as unknown });
  });
});

import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  generateRsaKeyPair,
  parseRsaPrivateKey,
  publicKeyFingerprint,
  publicKeyPemOf,
  signRsaSha256,
  validateMerchantPublicKeyPem,
  verifyRsaSha256,
} from "./rsa";

const pair = await generateRsaKeyPair();
// The spec's own example of a canonical string.
const canonical = "GET\n/api/v1/payments/A1001\n1795320000\nq8Fz2LmN0pXr7sTu\n\n";

function pemKeys(type: "rsa" | "ec", bits = 2048): { publicKey: string; privateKey: string } {
  const publicKeyEncoding = { type: "spki", format: "pem" } as const;
  const privateKeyEncoding = { type: "pkcs8", format: "pem" } as const;
  return type === "rsa"
    ? generateKeyPairSync("rsa", { modulusLength: bits, publicKeyEncoding, privateKeyEncoding })
    : generateKeyPairSync("ec", { namedCurve: "P-256", publicKeyEncoding, privateKeyEncoding });
}

describe("RSA helpers", () => {
  it("generates an RSA-2048 pair as SPKI / PKCS#8 PEM", () => {
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(parseRsaPrivateKey(pair.privateKeyPem).asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(publicKeyPemOf(parseRsaPrivateKey(pair.privateKeyPem))).toBe(pair.publicKeyPem);
  });

  it("signs and verifies RSA-SHA256 base64 over UTF-8", () => {
    const signature = signRsaSha256(pair.privateKeyPem, canonical);
    expect(signature).toMatch(/^[A-Za-z0-9+/]{342}==$/);
    expect(verifyRsaSha256(pair.publicKeyPem, canonical, signature)).toBe(true);
    expect(verifyRsaSha256(pair.publicKeyPem, Buffer.from(canonical), signature)).toBe(true);
    expect(verifyRsaSha256(pair.publicKeyPem, canonical.replace("A1001", "A1002"), signature)).toBe(false);
    // Non-ASCII bodies are signed as UTF-8.
    const body = '{"subject":"咖啡"}';
    expect(
      verifyRsaSha256(pair.publicKeyPem, body, signRsaSha256(parseRsaPrivateKey(pair.privateKeyPem), body)),
    ).toBe(true);
  });

  it("treats malformed signatures as invalid instead of throwing", () => {
    for (const bad of [
      "",
      "not base64!",
      "AAAA",
      "A".repeat(343),
      signRsaSha256(pair.privateKeyPem, "x").slice(4),
    ]) {
      expect(verifyRsaSha256(pair.publicKeyPem, canonical, bad)).toBe(false);
    }
    const other = pemKeys("rsa");
    expect(verifyRsaSha256(other.publicKey, canonical, signRsaSha256(pair.privateKeyPem, canonical))).toBe(
      false,
    );
  });

  it("gives a stable fingerprint", () => {
    expect(publicKeyFingerprint(pair.publicKeyPem)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(publicKeyFingerprint(pair.publicKeyPem)).toBe(publicKeyFingerprint(`\n${pair.publicKeyPem}\n`));
  });
});

describe("validateMerchantPublicKeyPem", () => {
  it("accepts an SPKI RSA key of 2048 bits or more and normalises it", () => {
    expect(validateMerchantPublicKeyPem(`  ${pair.publicKeyPem}\n\n`)).toBe(pair.publicKeyPem);
    const big = pemKeys("rsa", 3072);
    expect(validateMerchantPublicKeyPem(big.publicKey)).toBe(big.publicKey);
  });

  it.each([
    ["a private key", () => pair.privateKeyPem, /private key/],
    ["a PKCS#1 public key", pkcs1, /PKCS#1/],
    ["a short RSA key", () => pemKeys("rsa", 1024).publicKey, /1024 bits; at least 2048/],
    ["an EC key", () => pemKeys("ec").publicKey, /must be an RSA key \(got ec\)/],
    ["garbage", () => "hello", /exactly one PEM public key/],
    ["two keys", () => pair.publicKeyPem + pair.publicKeyPem, /exactly one PEM public key/],
    ["a damaged key", () => pair.publicKeyPem.replace(/[A-Za-z]{10}/, "AAAAAAAAAA"), /could not be read/],
  ])("refuses %s with a clear message", (_name, pem, message) => {
    let error: unknown;
    try {
      validateMerchantPublicKeyPem(pem());
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: "invalid_request",
      field: "publicKeyPem",
      message: expect.stringMatching(message),
    });
  });
});

function pkcs1(): string {
  return generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "pkcs1", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  }).publicKey;
}

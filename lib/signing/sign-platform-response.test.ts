import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPlatformPublicKeyPem } from "./platform-key";
import {
  platformSignatureHeaders,
  platformSigningString,
  signPlatformMessage,
  verifyPlatformSignature,
} from "./sign-platform-response";

afterAll(async () => {
  await db.$disconnect();
});

describe("platform signatures", () => {
  it("signs `timestamp\\nnonce\\nbody\\n` so that the platform public key verifies it", async () => {
    const body = '{"id":"evt_1","名称":"蓝色杯子"}';
    const signed = await signPlatformMessage(body);
    expect(signed.timestamp).toMatch(/^\d{10}$/);
    expect(signed.nonce).toMatch(/^[0-9a-f]{32}$/);
    const publicKeyPem = await getPlatformPublicKeyPem(db);
    expect(verifyPlatformSignature(publicKeyPem, signed, body)).toBe(true);
    expect(verifyPlatformSignature(publicKeyPem, signed, body.replace("1", "2"))).toBe(false);
    expect(verifyPlatformSignature(publicKeyPem, { ...signed, nonce: "0".repeat(32) }, body)).toBe(false);
    expect(platformSigningString("1", "n", "b")).toBe("1\nn\nb\n");
  });

  it("uses a new nonce for every signature", async () => {
    const a = await platformSignatureHeaders("{}");
    const b = await platformSignatureHeaders("{}");
    expect(Object.keys(a)).toEqual(["Paylane-Timestamp", "Paylane-Nonce", "Paylane-Signature"]);
    expect(a["Paylane-Nonce"]).not.toBe(b["Paylane-Nonce"]);
  });
});

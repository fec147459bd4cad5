import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  getPlatformKeyPair,
  getPlatformPrivateKey,
  getPlatformPublicKeyPem,
  PLATFORM_KEY_SECRET,
  resetPlatformKeyCache,
  resolvePlatformKeyPair,
} from "./platform-key";
import { generateRsaKeyPair, signRsaSha256, verifyRsaSha256 } from "./rsa";

beforeEach(() => resetPlatformKeyCache());
afterAll(async () => {
  await db.$disconnect();
});

describe("platform key", () => {
  it("is generated once, stored, and agreed on by concurrent instances", async () => {
    await db.systemSecret.deleteMany({ where: { name: PLATFORM_KEY_SECRET } });
    // Four "instances" resolving at once: each may generate a key, one insert wins, all use it.
    const pairs = await Promise.all(Array.from({ length: 4 }, () => resolvePlatformKeyPair(db, undefined)));
    expect(new Set(pairs.map((p) => p.publicKeyPem)).size).toBe(1);
    expect(pairs[0]?.source).toBe("database");
    expect(await db.systemSecret.count({ where: { name: PLATFORM_KEY_SECRET } })).toBe(1);

    const publicKeyPem = await getPlatformPublicKeyPem(db);
    expect(publicKeyPem).toBe(pairs[0]?.publicKeyPem);
    const signature = signRsaSha256(await getPlatformPrivateKey(db), "hello");
    expect(verifyRsaSha256(publicKeyPem, "hello", signature)).toBe(true);
  });

  it("is cached per process", async () => {
    const first = getPlatformKeyPair(db);
    expect(getPlatformKeyPair(db)).toBe(first);
    await first;
  });

  it("comes from PAYLANE_PLATFORM_PRIVATE_KEY when set, with \\n escapes allowed", async () => {
    const configured = await generateRsaKeyPair();
    const pair = await resolvePlatformKeyPair(db, configured.privateKeyPem.replaceAll("\n", "\\n"));
    expect(pair.source).toBe("env");
    expect(pair.publicKeyPem).toBe(configured.publicKeyPem);
  });

  it("refuses a configured key that is not an RSA private key", async () => {
    await expect(resolvePlatformKeyPair(db, "not a key")).rejects.toThrow(/PAYLANE_PLATFORM_PRIVATE_KEY/);
  });
});

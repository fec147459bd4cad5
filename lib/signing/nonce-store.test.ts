import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { createTestMerchant, testNonce, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { claimNonce, NONCE_TTL_MS, purgeExpiredNonces } from "./nonce-store";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await db.$disconnect();
});

describe("nonce store", () => {
  it("accepts a nonce once per merchant within 15 minutes", async () => {
    const nonce = testNonce();
    expect(await claimNonce(db, merchant.merchantId, nonce)).toBe(true);
    expect(await claimNonce(db, merchant.merchantId, nonce)).toBe(false);
    setClockOffset(NONCE_TTL_MS - 1000);
    expect(await claimNonce(db, merchant.merchantId, nonce)).toBe(false);
    setClockOffset(NONCE_TTL_MS);
    expect(await claimNonce(db, merchant.merchantId, nonce)).toBe(true);
  });

  it("purges nonces older than the window and keeps the others", async () => {
    const old = testNonce();
    const fresh = testNonce();
    await claimNonce(db, merchant.merchantId, old);
    setClockOffset(10 * 60_000);
    await claimNonce(db, merchant.merchantId, fresh);
    setClockOffset(NONCE_TTL_MS + 1000);
    expect(await purgeExpiredNonces(db)).toBeGreaterThanOrEqual(1);
    const left = await db.apiNonce.findMany({
      where: { merchantId: merchant.merchantId, nonce: { in: [old, fresh] } },
    });
    expect(left.map((n) => n.nonce)).toEqual([fresh]);
  });
});

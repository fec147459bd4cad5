import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createUser } from "@/lib/users/create-user";
import { generateRsaKeyPair, signRsaSha256, verifyRsaSha256 } from "@/lib/signing/rsa";
import { addMerchantMember } from "./add-member";
import { createMerchant } from "./create-merchant";
import { generateMerchantKeyPair } from "./generate-key-pair";
import { registerMerchantKey } from "./register-key";

afterAll(async () => {
  await db.$disconnect();
});

const valid = { name: "Tea House", email: " Owner@Tea.Example ", siteUrl: "https://tea.example" };

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("createMerchant", () => {
  it("creates a PENDING merchant with a prefixed id and a normalised email", async () => {
    const merchant = await createMerchant(db, valid);
    expect(merchant).toMatchObject({
      name: "Tea House",
      email: "owner@tea.example",
      status: "PENDING",
      feeBps: 60,
    });
    expect(merchant.id).toMatch(/^mch_[0-9a-z]{26}$/);
  });

  it("creates an approved merchant when told to", async () => {
    expect(await createMerchant(db, { ...valid, status: "ACTIVE", feeBps: 45 })).toMatchObject({
      status: "ACTIVE",
      feeBps: 45,
    });
  });

  it("keeps the optional contact, blank meaning not given", async () => {
    expect(
      await createMerchant(db, { ...valid, contactName: " Li Lei ", phone: "+86 10 1234-5678" }),
    ).toMatchObject({
      contactName: "Li Lei",
      phone: "+86 10 1234-5678",
    });
    expect(await createMerchant(db, { ...valid, contactName: "", phone: " " })).toMatchObject({
      contactName: null,
      phone: null,
    });
  });

  it.each([
    ["name", { name: "  " }, /name/],
    ["phone", { phone: "call me" }, /phone number/],
    ["email", { email: "not-an-email" }, /valid email/],
    ["siteUrl", { siteUrl: "ftp://tea.example" }, /http/],
    ["siteUrl", { siteUrl: "tea.example" }, /http/],
  ])("names the bad field (%s)", async (field, override, message) => {
    expect(await caught(createMerchant(db, { ...valid, ...override }))).toMatchObject({
      code: "invalid_request",
      field,
      message: expect.stringMatching(message),
    });
  });
});

describe("merchant keys", () => {
  it("registers a public key and returns a key_ id", async () => {
    const merchant = await createMerchant(db, valid);
    const { publicKeyPem } = await generateRsaKeyPair();
    const key = await registerMerchantKey(db, { merchantId: merchant.id, publicKeyPem });
    expect(key.keyId).toMatch(/^key_/);
    expect(key.fingerprint).toMatch(/^SHA256:/);
    const stored = await db.merchantKey.findUniqueOrThrow({ where: { id: key.keyId } });
    expect(stored).toMatchObject({ merchantId: merchant.id, publicKeyPem, status: "ACTIVE" });
    // The same key again is the same key id.
    expect((await registerMerchantKey(db, { merchantId: merchant.id, publicKeyPem })).keyId).toBe(key.keyId);
  });

  it("refuses a bad key and an unknown merchant", async () => {
    const merchant = await createMerchant(db, valid);
    const { privateKeyPem, publicKeyPem } = await generateRsaKeyPair();
    expect(
      await caught(registerMerchantKey(db, { merchantId: merchant.id, publicKeyPem: privateKeyPem })),
    ).toMatchObject({
      code: "invalid_request",
      field: "publicKeyPem",
    });
    expect(await caught(registerMerchantKey(db, { merchantId: "mch_missing", publicKeyPem }))).toMatchObject({
      code: "not_found",
    });
    expect(await db.merchantKey.count({ where: { merchantId: merchant.id } })).toBe(0);
  });

  it("generates a pair, stores only the public half, and returns the private half once", async () => {
    const merchant = await createMerchant(db, valid);
    const generated = await db.$transaction((tx) => generateMerchantKeyPair(tx, { merchantId: merchant.id }));
    expect(generated.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const stored = await db.merchantKey.findUniqueOrThrow({ where: { id: generated.keyId } });
    expect(stored.publicKeyPem).toBe(generated.publicKeyPem);
    const signature = signRsaSha256(
      generated.privateKeyPem,
      "GET\n/api/v1/payments/A1\n1\nnonce0000000000a\n\n",
    );
    expect(
      verifyRsaSha256(stored.publicKeyPem, "GET\n/api/v1/payments/A1\n1\nnonce0000000000a\n\n", signature),
    ).toBe(true);
    // The private key is nowhere in the database.
    const body = generated.privateKeyPem.split("\n")[1] ?? "";
    const leaks = await db.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*) AS n FROM merchant_keys WHERE "publicKeyPem" LIKE ${"%" + body + "%"}`;
    expect(leaks[0]?.n).toBe(0n);
  });
});

describe("addMerchantMember", () => {
  it("adds a member once", async () => {
    const merchant = await createMerchant(db, valid);
    const user = await createUser(db, {
      email: `${newId("u")}@example.com`,
      password: "long-enough-password",
      role: "MERCHANT_OWNER",
    });
    const first = await addMerchantMember(db, { merchantId: merchant.id, userId: user.id, role: "OWNER" });
    const again = await addMerchantMember(db, { merchantId: merchant.id, userId: user.id, role: "OWNER" });
    expect(first.id).toMatch(/^mem_/);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ role: "OWNER", status: "ACTIVE" });
  });
});

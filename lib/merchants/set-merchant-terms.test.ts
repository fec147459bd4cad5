import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAgent } from "@/lib/commissions/agents";
import { createMerchant } from "./create-merchant";
import { setMerchantTerms, type MerchantTerms } from "./set-merchant-terms";

afterAll(async () => {
  await db.$disconnect();
});

const admin = { id: "usr_terms_admin", email: "terms-admin@example.com", role: "ADMIN" as const };
const TERMS = { settlementDelayDays: 2, withdrawalLimit: 500_000n };

function merchant(name: string) {
  const tag = randomBytes(4).toString("hex");
  return createMerchant(db, {
    name: `${name} ${tag}`,
    email: `terms-${tag}@example.com`,
    siteUrl: "https://terms.example",
    status: "ACTIVE",
  });
}

function agent() {
  const tag = randomBytes(4).toString("hex");
  return createAgent(
    db,
    null,
    {
      name: `Terms Agent ${tag}`,
      email: `terms-agent-${tag}@example.com`,
      sharePercent: "10",
      bankCode: "icmb",
      accountName: "Terms Agent Ltd",
      accountNumber: "622202000000123456",
    },
    ["icmb"],
  );
}

const set = (merchantId: string, terms: Partial<MerchantTerms>) =>
  setMerchantTerms(db, { admin, merchantId, terms: { ...TERMS, ...terms } });

const row = (id: string) =>
  db.merchant.findUniqueOrThrow({
    where: { id },
    select: { settlementDelayDays: true, withdrawalLimit: true, agentId: true, platformMerchantId: true },
  });

const termsAudit = (merchantId: string) =>
  db.auditLog.findMany({
    where: { targetType: "merchant", targetId: merchantId, action: "merchant.terms_changed" },
    orderBy: { createdAt: "asc" },
  });

/** The refusal, and proof that it changed nothing: the row and its audit trail are as they were. */
async function expectRefused(merchantId: string, terms: Partial<MerchantTerms>, refusal: object) {
  const [before, audited] = [await row(merchantId), (await termsAudit(merchantId)).length];
  await expect(set(merchantId, { settlementDelayDays: 7, ...terms })).rejects.toMatchObject(refusal);
  expect(await row(merchantId)).toEqual(before);
  expect(await termsAudit(merchantId)).toHaveLength(audited);
}

describe("setMerchantTerms: agent and platform", () => {
  it("sets the agent and platform with the other terms, audits the change, and clears them with empty ids", async () => {
    const [shop, platform, harbor] = [await merchant("Shop"), await merchant("Platform"), await agent()];
    await set(shop.id, { agentId: harbor.id, platformMerchantId: ` ${platform.id} ` });
    expect(await row(shop.id)).toEqual({
      ...TERMS,
      agentId: harbor.id,
      platformMerchantId: platform.id,
    });
    expect((await termsAudit(shop.id)).at(-1)).toMatchObject({
      actorId: admin.id,
      before: { agentId: null, platformMerchantId: null, settlementDelayDays: 1 },
      after: {
        agentId: harbor.id,
        platformMerchantId: platform.id,
        settlementDelayDays: 2,
        withdrawalLimit: "500000",
      },
    });

    // Left out: unchanged. Saving again with the same platform checks nothing new.
    await set(shop.id, { settlementDelayDays: 5 });
    expect(await row(shop.id)).toMatchObject({ settlementDelayDays: 5, agentId: harbor.id });
    await set(shop.id, { platformMerchantId: platform.id });
    expect(await row(shop.id)).toMatchObject({ platformMerchantId: platform.id });

    await set(shop.id, { agentId: "", platformMerchantId: null });
    expect(await row(shop.id)).toMatchObject({ agentId: null, platformMerchantId: null });
  });

  it("refuses a merchant as its own platform, naming platformMerchantId", async () => {
    const shop = await merchant("Shop");
    await expectRefused(
      shop.id,
      { platformMerchantId: shop.id },
      { code: "invalid_request", field: "platformMerchantId" },
    );
  });

  it("refuses a sub-merchant as a platform, naming platformMerchantId", async () => {
    const [platform, sub, shop] = [await merchant("Platform"), await merchant("Sub"), await merchant("Shop")];
    await set(sub.id, { platformMerchantId: platform.id });
    await expectRefused(
      shop.id,
      { platformMerchantId: sub.id },
      { code: "conflict", field: "platformMerchantId" },
    );
  });

  it("refuses to make a platform with sub-merchants a sub-merchant, naming merchantId", async () => {
    const [platform, sub, other] = [
      await merchant("Platform"),
      await merchant("Sub"),
      await merchant("Other"),
    ];
    await set(sub.id, { platformMerchantId: platform.id });
    await expectRefused(
      platform.id,
      { platformMerchantId: other.id },
      { code: "conflict", field: "merchantId" },
    );
  });

  it.each([
    ["agentId", { agentId: "agt_nobody" }],
    ["platformMerchantId", { platformMerchantId: "mch_nobody" }],
  ] as const)("refuses an unknown %s, naming it", async (field, terms) => {
    const shop = await merchant("Shop");
    await expectRefused(shop.id, terms, { code: "not_found", field });
  });

  it("refuses an unknown merchant, naming merchantId, and a reviewer", async () => {
    await expect(set("mch_nobody", {})).rejects.toMatchObject({ code: "not_found", field: "merchantId" });
    const shop = await merchant("Shop");
    const before = await row(shop.id);
    await expect(
      setMerchantTerms(db, {
        admin: { ...admin, role: "REVIEWER" },
        merchantId: shop.id,
        terms: { ...TERMS, agentId: "" },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await row(shop.id)).toEqual(before);
  });

  it("lets only one of two crossing links pass", async () => {
    const [a, b] = [await merchant("A"), await merchant("B")];
    const results = await Promise.allSettled([
      set(a.id, { platformMerchantId: b.id }),
      set(b.id, { platformMerchantId: a.id }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const linked = [await row(a.id), await row(b.id)].filter((r) => r.platformMerchantId !== null);
    expect(linked).toHaveLength(1);
  });
});

import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { signRsaSha256, verifyRsaSha256 } from "@/lib/signing/rsa";
import { DEMO_USERS, seedDemoData } from "./demo";

const dir = await mkdtemp(path.join(tmpdir(), "paylane-seed-"));
const keyPath = path.join(dir, "demo-merchant-key.pem");

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.$disconnect();
});

async function snapshot() {
  const [users, merchants, members, keys, entries, postings, agents] = await Promise.all([
    db.user.count(),
    db.merchant.count(),
    db.merchantMember.count(),
    db.merchantKey.count(),
    db.journalEntry.count(),
    db.posting.count(),
    db.agent.count(),
  ]);
  return { users, merchants, members, keys, entries, postings, agents };
}

describe("seedDemoData", () => {
  it("creates the demo users, merchant, key and funded wallets", async () => {
    const demo = await seedDemoData(db, { privateKeyPath: keyPath });

    for (const [key, expected] of Object.entries(DEMO_USERS)) {
      const user = await db.user.findUniqueOrThrow({ where: { email: expected.email } });
      expect(user.role, key).toBe(expected.role);
      expect(user.emailVerifiedAt, key).not.toBeNull();
      expect(await verifyPassword(user.passwordHash, expected.password), key).toBe(true);
    }

    const merchant = await db.merchant.findUniqueOrThrow({
      where: { id: demo.merchant.merchantId },
      include: { members: true, keys: true },
    });
    expect(merchant).toMatchObject({ name: "Demo Shop", status: "ACTIVE" });
    expect(merchant.members).toEqual([
      expect.objectContaining({ userId: demo.users.merchant.userId, role: "OWNER", status: "ACTIVE" }),
    ]);
    expect(merchant.keys.map((k) => k.id)).toEqual([demo.merchant.keyId]);
    // Split settlement and commissions have something to show.
    expect(await db.merchant.findMany({ where: { platformMerchantId: merchant.id } })).toEqual([
      expect.objectContaining({ name: "Demo Shop Kitchen", status: "ACTIVE" }),
    ]);
    expect(await db.agent.findUniqueOrThrow({ where: { id: merchant.agentId ?? "" } })).toMatchObject({
      name: "Harbor Partners",
      commissionShareBps: 2_000,
    });

    expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
    const message = "POST\n/api/v1/payments\n1795320000\nq8Fz2LmN0pXr7sTu\n{}\n";
    expect(
      verifyRsaSha256(
        merchant.keys[0]?.publicKeyPem ?? "",
        message,
        signRsaSha256(demo.merchant.privateKeyPem, message),
      ),
    ).toBe(true);

    expect(await getBalance(db, accounts.wallet(demo.users.alice.userId))).toBe(100_000n);
    expect(await getBalance(db, accounts.wallet(demo.users.bob.userId))).toBe(50_000n);
    expect(demo.wallets).toEqual({
      alice: { userId: demo.users.alice.userId, balance: 100_000n },
      bob: { userId: demo.users.bob.userId, balance: 50_000n },
    });
    expect(demo.platformPublicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect((await checkLedger(db)).ok).toBe(true);
  });

  it("changes nothing when run again, even concurrently", async () => {
    const before = await snapshot();
    const first = await seedDemoData(db, { privateKeyPath: keyPath });
    const [second, third] = await Promise.all([
      seedDemoData(db, { privateKeyPath: keyPath }),
      seedDemoData(db, { privateKeyPath: keyPath }),
    ]);
    expect(await snapshot()).toEqual(before);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it("issues a new key only when the key file no longer matches", async () => {
    const before = await seedDemoData(db, { privateKeyPath: keyPath });
    await writeFile(keyPath, "lost");
    const after = await seedDemoData(db, { privateKeyPath: keyPath });
    expect(after.merchant.merchantId).toBe(before.merchant.merchantId);
    expect(after.merchant.keyId).not.toBe(before.merchant.keyId);
    expect(after.wallets).toEqual(before.wallets);
  });
});

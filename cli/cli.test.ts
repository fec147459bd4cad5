// The operator CLI as operators run it: a separate process against DATABASE_URL (the test database).
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { monthOf, nextMonth } from "@/lib/commissions/commission-month";
import { agentWithMerchant, owed } from "@/lib/commissions/testing";
import { newId } from "@/lib/ids";
import { freshWallet, fund } from "@/lib/ledger/test-helpers";
import { paidPayment, testBankCode } from "@/lib/payments/testing";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import { signRsaSha256, verifyRsaSha256 } from "@/lib/signing/rsa";

afterAll(async () => {
  await db.$disconnect();
});

type Run = { code: number | null; stdout: string; stderr: string };

function paylane(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/index.ts", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const site = "https://shop.example";

describe("paylane CLI: help and usage errors", () => {
  it("lists the commands with --help", async () => {
    const run = await paylane("--help");
    expect(run.code).toBe(0);
    for (const name of [
      "admin create",
      "reviewer create",
      "merchant create",
      "ledger check",
      "commissions pay",
    ]) {
      expect(run.stdout).toContain(name);
    }
  });

  it("shows each command's options with --help, without a database", async () => {
    const runs = await Promise.all([
      paylane("merchant", "create", "--help"),
      paylane("admin", "create", "-h"),
      paylane("reviewer", "create", "--help"),
      paylane("ledger", "check", "--help"),
      paylane("commissions", "pay", "--help"),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0]);
    expect(runs[0]?.stdout).toContain("--approve");
    expect(runs[1]?.stdout).toContain("--password");
    expect(runs[3]?.stdout).toMatch(/exit code 0 .* 1 on any breach/is);
    expect(runs[4]?.stdout).toContain("--month <YYYY-MM>");
  });

  it.each([
    [["merchant", "create", "--name", "X", "--email", "a@b.example"], /Missing required option --site/],
    [["merchant", "create", "--nmae", "X"], /Unknown option '--nmae'/],
    [["merchant", "create", "--name"], /--name <value>' argument missing/],
    [["admin", "create", "--email", "a@b.example", "--password", "short"], /--password must be at least 8/],
    [["ledger", "check", "extra"], /Unexpected argument 'extra'|positional/i],
    [["commissions", "pay"], /Missing required option --month/],
    [["commissions", "pay", "--month", "2026-13"], /Option --month must be YYYY-MM/],
    [["merchant", "delete"], /unknown command "merchant delete"/],
    [[], /Usage: npm run paylane/],
  ])("exits 2 naming the problem: %j", async (args, message) => {
    const run = await paylane(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("exits 2 naming the flag when lib/ refuses a value", async () => {
    const [email, url] = await Promise.all([
      paylane("merchant", "create", "--name", "X", "--email", "not-an-email", "--site", site),
      paylane("merchant", "create", "--name", "X", "--email", "a@b.example", "--site", "ftp://x.example"),
    ]);
    expect(email.code).toBe(2);
    expect(email.stderr).toContain("--email:");
    expect(url.code).toBe(2);
    expect(url.stderr).toContain("--site:");
  });
});

describe("paylane merchant create", () => {
  it("prints exactly the spec's JSON and creates an approved merchant with a working key", async () => {
    const run = await paylane(
      "merchant",
      "create",
      "--name",
      "CLI Shop",
      "--email",
      "cli@shop.example",
      "--site",
      site,
      "--approve",
      "--json",
    );
    expect(run.code).toBe(0);
    const output: unknown = JSON.parse(run.stdout);
    expect(output).toEqual({
      merchantId: expect.stringMatching(/^mch_/),
      keyId: expect.stringMatching(/^key_/),
      privateKeyPem: expect.stringMatching(
        /^-----BEGIN PRIVATE KEY-----\n[\s\S]+-----END PRIVATE KEY-----\n$/,
      ),
      platformPublicKeyPem: expect.stringMatching(/^-----BEGIN PUBLIC KEY-----\n/),
    });
    const { merchantId, keyId, privateKeyPem, platformPublicKeyPem } = output as Record<string, string>;
    const merchant = await db.merchant.findUniqueOrThrow({
      where: { id: merchantId },
      include: { keys: true },
    });
    expect(merchant).toMatchObject({
      name: "CLI Shop",
      email: "cli@shop.example",
      siteUrl: site,
      status: "ACTIVE",
    });
    expect(merchant.keys.map((k) => k.id)).toEqual([keyId]);
    const canonical = `GET\n/api/v1/payments/A1\n1795320000\nq8Fz2LmN0pXr7sTu\n\n`;
    expect(
      verifyRsaSha256(
        merchant.keys[0]?.publicKeyPem ?? "",
        canonical,
        signRsaSha256(privateKeyPem ?? "", canonical),
      ),
    ).toBe(true);
    expect(platformPublicKeyPem).toBe(await getPlatformPublicKeyPem(db));
  });

  it("leaves the merchant PENDING without --approve, and prints a summary without --json", async () => {
    const run = await paylane(
      "merchant",
      "create",
      "--name",
      "Pending Shop",
      "--email",
      "p@shop.example",
      "--site",
      site,
    );
    expect(run.code).toBe(0);
    const merchantId = /merchantId\s+(mch_\w+)/.exec(run.stdout)?.[1] ?? "";
    expect(run.stdout).toContain("-----BEGIN PRIVATE KEY-----");
    expect(run.stdout).toContain("PENDING");
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).status).toBe("PENDING");
  });
});

describe("paylane admin/reviewer create", () => {
  it("creates verified staff accounts, and refuses a taken email with exit code 1", async () => {
    const email = `ops-${newId("x").slice(2, 12)}@paylane.example`;
    const admin = await paylane(
      "admin",
      "create",
      "--email",
      email,
      "--password",
      "a-long-password",
      "--name",
      "Ops",
      "--json",
    );
    expect(admin.code).toBe(0);
    expect(JSON.parse(admin.stdout)).toEqual({
      userId: expect.stringMatching(/^usr_/),
      email,
      role: "ADMIN",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "ADMIN", name: "Ops" });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    const reviewerEmail = `rev-${newId("x").slice(2, 12)}@paylane.example`;
    const reviewer = await paylane(
      "reviewer",
      "create",
      "--email",
      reviewerEmail,
      "--password",
      "a-long-password",
    );
    expect(reviewer.code).toBe(0);
    expect(reviewer.stdout).toContain(reviewerEmail);
    expect((await db.user.findUniqueOrThrow({ where: { email: reviewerEmail } })).role).toBe("REVIEWER");

    const again = await paylane("admin", "create", "--email", email, "--password", "a-long-password");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--email: An account with this email already exists.");
  });
});

describe("paylane ledger check", () => {
  it("exits 0 on a sound ledger", async () => {
    const [text, json] = await Promise.all([
      paylane("ledger", "check"),
      paylane("ledger", "check", "--json"),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Ledger check: OK\n/);
    expect(text.stdout).toMatch(/OK\s+trial_balance/);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, breaches: [] });
  });

  it("exits 1 and names the breach when the ledger is damaged", async () => {
    // Damage written with triggers off (session_replication_role, superuser only) and removed the same way.
    const wallet = freshWallet();
    await fund(db, wallet, 100n);
    const account = await db.ledgerAccount.findUniqueOrThrow({ where: { code: wallet.code } });
    const entryId = newId("je");
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      await tx.$executeRaw`INSERT INTO journal_entries (id, "eventType", "eventId", description)
                           VALUES (${entryId}, 'test.damage', ${entryId}, 'one-legged')`;
      await tx.$executeRaw`INSERT INTO postings ("entryId", "accountId", amount) VALUES (${entryId}, ${account.id}, 1)`;
    });
    try {
      const run = await paylane("ledger", "check");
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^Ledger check: BREACH\n/);
      expect(run.stdout).toContain(`entry ${entryId} (test.damage ${entryId}): 1 postings summing to 1`);
      expect(run.stdout).toMatch(/BREACH\s+trial_balance/);
    } finally {
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
        await tx.$executeRaw`DELETE FROM postings WHERE "entryId" = ${entryId}`;
        await tx.$executeRaw`DELETE FROM journal_entries WHERE id = ${entryId}`;
      });
    }
    expect((await paylane("ledger", "check")).code).toBe(0);
  });
});

describe("paylane commissions pay", () => {
  async function agentOwed12() {
    const { agent, merchant } = await agentWithMerchant("622202000000123456", testBankCode());
    await paidPayment(merchant.id, { amount: 10_000n });
    return agent;
  }

  it("pays every agent due for the month once, as JSON or a summary", async () => {
    const agent = await agentOwed12();
    const month = monthOf(new Date());
    const run = await paylane("commissions", "pay", "--month", month, "--json");
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { month: string; payouts: { agentId: string }[]; failed: [] };
    expect(output.month).toBe(month);
    expect(output.payouts.filter((payout) => payout.agentId === agent.id)).toEqual([
      {
        payoutId: expect.stringMatching(/^cpo_/),
        agentId: agent.id,
        amount: "12",
        accrualCount: 1,
        withdrawalId: expect.stringMatching(/^wd_/),
      },
    ]);
    expect(output.failed).toEqual([]);
    expect(await owed(agent.id)).toBe(0n);

    const again = await paylane("commissions", "pay", "--month", month);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^Commissions for ${month}: \\d+ payouts? sent to the banks`));
    expect(again.stdout).not.toContain(agent.id);
    expect(await db.commissionPayout.count({ where: { agentId: agent.id } })).toBe(1);
  });

  it("names the agent it could not pay and exits 1, after paying the others", async () => {
    const [paid, broken] = [await agentOwed12(), await agentOwed12()];
    const { accountNumberSealed } = broken;
    // Another row's sealed number does not unseal here, as a copied row's would not.
    await db.agent.update({
      where: { id: broken.id },
      data: { accountNumberSealed: paid.accountNumberSealed },
    });
    try {
      const run = await paylane("commissions", "pay", "--month", monthOf(new Date()), "--json");
      expect(run.code).toBe(1);
      const output = JSON.parse(run.stdout) as {
        payouts: { agentId: string }[];
        failed: { agentId: string }[];
      };
      expect(output.payouts.map((payout) => payout.agentId)).toContain(paid.id);
      expect(output.failed).toEqual([{ agentId: broken.id, error: expect.any(String) }]);
      expect(run.stderr).toContain(`Error: agent ${broken.id} not paid:`);
      expect(await owed(broken.id)).toBe(12n);
    } finally {
      await db.agent.update({ where: { id: broken.id }, data: { accountNumberSealed } });
    }
  });

  it("exits 2 naming --month for a month that has not begun", async () => {
    const run = await paylane("commissions", "pay", "--month", nextMonth(monthOf(new Date())));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Error: --month: That month has not begun.");
    expect(run.stdout).toBe("");
  });
});

import { createPublicKey } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { issuePrepaidCard } from "@/lib/prepaid/issue-card";
import type { Role } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { accounts, credit, debit, getBalance, postEntry } from "@/lib/ledger";
import { addMerchantMember } from "@/lib/merchants/add-member";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { generateMerchantKeyPair } from "@/lib/merchants/generate-key-pair";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import { createUser } from "@/lib/users/create-user";
import { seedPendingApplication } from "./demo-application";
import { seedAgent, seedSubMerchant } from "./demo-partners";

/** The demo sign-ins. Public on purpose: they exist only in demo and test databases. */
export const DEMO_USERS = {
  admin: { email: "admin@paylane.local", password: "paylane-admin", role: "ADMIN", name: "Demo Admin" },
  reviewer: {
    email: "reviewer@paylane.local",
    password: "paylane-review",
    role: "REVIEWER",
    name: "Demo Reviewer",
  },
  merchant: {
    email: "merchant@paylane.local",
    password: "paylane-merchant",
    role: "MERCHANT_OWNER",
    name: "Demo Shop Owner",
  },
  applicant: {
    email: "applicant@paylane.local",
    password: "paylane-applicant",
    role: "MERCHANT_OWNER",
    name: "Wang Fang",
  },
  alice: { email: "alice@paylane.local", password: "paylane-alice", role: "WALLET_USER", name: "Alice" },
  bob: { email: "bob@paylane.local", password: "paylane-bob", role: "WALLET_USER", name: "Bob" },
} as const satisfies Record<string, { email: string; password: string; role: Role; name: string }>;

export type DemoUserKey = keyof typeof DEMO_USERS;
type DemoWalletKey = keyof typeof DEMO_WALLET_FUNDING;

export const DEMO_MERCHANT = {
  name: "Demo Shop",
  email: "merchant@paylane.local",
  siteUrl: "https://shop.paylane.local",
};

/** What the demo wallets start with, in fen: ¥1,000.00 and ¥500.00. */
export const DEMO_WALLET_FUNDING = { alice: 100_000n, bob: 50_000n } as const;

export const DEFAULT_DEMO_KEY_PATH = path.join(".data", "demo-merchant-key.pem");

export type DemoData = {
  users: Record<DemoUserKey, DemoUser>;
  merchant: { merchantId: string; keyId: string; privateKeyPath: string; privateKeyPem: string };
  wallets: Record<DemoWalletKey, { userId: string; balance: bigint }>;
  prepaidCardId: string;
  platformPublicKeyPem: string;
};

/** The spec's prepaid test card: number 9000000000000001, PIN 654321, ¥1,000.00. */
export const DEMO_PREPAID_CARD = { number: "9000000000000001", pin: "654321", amount: 100_000n } as const;

export type DemoUser = { userId: string; email: string; password: string; role: Role };

export type SeedDemoOptions = {
  /** Where the demo merchant's API private key is kept (mode 0600); default .data/demo-merchant-key.pem. */
  privateKeyPath?: string;
};

async function findOrCreateUser(tx: Tx, key: DemoUserKey): Promise<DemoUser> {
  const { email, password, role, name } = DEMO_USERS[key];
  const user =
    (await tx.user.findUnique({ where: { email } })) ??
    (await createUser(tx, { email, password, role, name, verified: true }));
  return { userId: user.id, email, password, role };
}

/** One funding event per demo wallet: posted once, whatever the number of runs. */
async function fundWallet(tx: Tx, key: DemoWalletKey, userId: string) {
  const amount = DEMO_WALLET_FUNDING[key];
  const wallet = accounts.wallet(userId);
  await postEntry(tx, {
    eventType: "seed.funding",
    eventId: `demo-wallet:${DEMO_USERS[key].email}`,
    description: `Demo funding for ${DEMO_USERS[key].email}`,
    lines: [debit(accounts.demoFunding(), amount), credit(wallet, amount)],
  });
  return { userId, balance: await getBalance(tx, wallet) };
}

async function readPem(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

/** The id of the merchant's active key matching the private key on disk, if both still exist. */
async function keyIdForPemOnDisk(tx: Tx, merchantId: string, privateKeyPem: string | undefined) {
  if (!privateKeyPem) return undefined;
  let publicKeyPem: string;
  try {
    publicKeyPem = createPublicKey(privateKeyPem).export({ type: "spki", format: "pem" }).toString();
  } catch {
    return undefined;
  }
  const key = await tx.merchantKey.findFirst({ where: { merchantId, publicKeyPem, status: "ACTIVE" } });
  return key?.id;
}

/**
 * Creates the demo data, or finds it: running it again changes nothing. Used by `npm run db:seed` and
 * by e2e setup.
 *
 * - an admin, a reviewer, and "Demo Shop" (ACTIVE) with its owner and an API key pair whose private key
 *   is written to `privateKeyPath` (a new pair only if that file is missing or no longer matches);
 * - "Lantern Books", a merchant whose self-service application waits in the reviewers' queue;
 * - "Demo Shop Kitchen", a sub-merchant of Demo Shop (split settlement), and "Harbor Partners", the agent
 *   who brought Demo Shop (commissions);
 * - Alice (¥1,000.00) and Bob (¥500.00), wallet users funded by `seed.funding` ledger entries.
 *
 * Everything happens in one transaction under an advisory lock, so concurrent runs (parallel e2e
 * workers) wait for each other and a failed run leaves nothing half-made.
 */
export async function seedDemoData(db: Db, options: SeedDemoOptions = {}): Promise<DemoData> {
  const privateKeyPath = path.resolve(options.privateKeyPath ?? DEFAULT_DEMO_KEY_PATH);
  const seeded = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('paylane.seed.demo'))`;

      const users = {
        admin: await findOrCreateUser(tx, "admin"),
        reviewer: await findOrCreateUser(tx, "reviewer"),
        merchant: await findOrCreateUser(tx, "merchant"),
        applicant: await findOrCreateUser(tx, "applicant"),
        alice: await findOrCreateUser(tx, "alice"),
        bob: await findOrCreateUser(tx, "bob"),
      };

      const membership = await tx.merchantMember.findFirst({
        where: { userId: users.merchant.userId, role: "OWNER" },
        orderBy: { createdAt: "asc" },
      });
      const merchantId =
        membership?.merchantId ?? (await createMerchant(tx, { ...DEMO_MERCHANT, status: "ACTIVE" })).id;
      await addMerchantMember(tx, { merchantId, userId: users.merchant.userId, role: "OWNER" });

      let privateKeyPem = await readPem(privateKeyPath);
      let keyId = await keyIdForPemOnDisk(tx, merchantId, privateKeyPem);
      if (!keyId || !privateKeyPem) {
        const generated = await generateMerchantKeyPair(tx, { merchantId });
        ({ keyId, privateKeyPem } = generated);
        // Written before commit: a concurrent run waiting on the lock then finds file and key together.
        await mkdir(path.dirname(privateKeyPath), { recursive: true });
        await writeFile(privateKeyPath, privateKeyPem, { mode: 0o600 });
        await chmod(privateKeyPath, 0o600);
      }

      await seedPendingApplication(tx, users.applicant.userId);
      await seedSubMerchant(tx, merchantId);

      const wallets = {
        alice: await fundWallet(tx, "alice", users.alice.userId),
        bob: await fundWallet(tx, "bob", users.bob.userId),
      };
      return { users, merchant: { merchantId, keyId, privateKeyPath, privateKeyPem }, wallets };
    },
    // Six argon2 hashes and an RSA key on a cold start; concurrent runs queue on the lock.
    { timeout: 120_000, maxWait: 30_000 },
  );
  // Outside the transaction: these may create secrets (platform key, card-number key) on their own connection.
  const prepaidCard = await issuePrepaidCard(db, {
    ...DEMO_PREPAID_CARD,
    fundedFrom: accounts.demoFunding(),
  });
  await seedAgent(db, seeded.merchant.merchantId);
  return {
    ...seeded,
    prepaidCardId: prepaidCard.cardId,
    platformPublicKeyPem: await getPlatformPublicKeyPem(db),
  };
}

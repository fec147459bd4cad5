import type { KeyObject } from "node:crypto";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { generateRsaKeyPair, parseRsaPrivateKey, publicKeyPemOf } from "./rsa";

export type PlatformKeyPair = { privateKey: KeyObject; publicKeyPem: string; source: "env" | "database" };

/** The system_secrets row that holds the generated key when no env var provides one. */
export const PLATFORM_KEY_SECRET = "platform_private_key";

async function storedOrGeneratedPem(db: Tx): Promise<string> {
  const existing = await db.systemSecret.findUnique({ where: { name: PLATFORM_KEY_SECRET } });
  if (existing) return existing.value;
  const { privateKeyPem } = await generateRsaKeyPair();
  // Instances starting together may each generate a key: the first insert wins, and every instance
  // then uses whatever is stored.
  await db.$executeRaw`
    INSERT INTO system_secrets (name, value) VALUES (${PLATFORM_KEY_SECRET}, ${privateKeyPem})
    ON CONFLICT (name) DO NOTHING`;
  const stored = await db.systemSecret.findUniqueOrThrow({ where: { name: PLATFORM_KEY_SECRET } });
  return stored.value;
}

/**
 * Resolves the gateway's signing key: `configuredPem` (PAYLANE_PLATFORM_PRIVATE_KEY) when given, else
 * the key generated once and kept in system_secrets. Exposed for tests; use getPlatformKeyPair.
 */
export async function resolvePlatformKeyPair(
  db: Tx,
  configuredPem: string | undefined,
): Promise<PlatformKeyPair> {
  const fromEnv = configuredPem?.trim() ? configuredPem.replaceAll("\\n", "\n") : undefined;
  let privateKey: KeyObject;
  try {
    privateKey = parseRsaPrivateKey(fromEnv ?? (await storedOrGeneratedPem(db)));
  } catch (error) {
    if (!fromEnv) throw error;
    throw new Error("PAYLANE_PLATFORM_PRIVATE_KEY is not a PEM RSA private key of at least 2048 bits", {
      cause: error,
    });
  }
  return { privateKey, publicKeyPem: publicKeyPemOf(privateKey), source: fromEnv ? "env" : "database" };
}

let cached: Promise<PlatformKeyPair> | undefined;

/**
 * The gateway's RSA key pair, resolved once per process. Pass the db client, not a transaction
 * client: the first call may write system_secrets, and on the embedded database a query on another
 * connection while a transaction is open would wait forever.
 */
export function getPlatformKeyPair(db: Tx): Promise<PlatformKeyPair> {
  cached ??= resolvePlatformKeyPair(db, env.PAYLANE_PLATFORM_PRIVATE_KEY).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** The private key that signs the gateway's responses and notifications. */
export async function getPlatformPrivateKey(db: Tx): Promise<KeyObject> {
  return (await getPlatformKeyPair(db)).privateKey;
}

/** The public key merchants verify with (GET /api/v1/platform-key), SPKI PEM. */
export async function getPlatformPublicKeyPem(db: Tx): Promise<string> {
  return (await getPlatformKeyPair(db)).publicKeyPem;
}

/** Forgets the cached key (tests). */
export function resetPlatformKeyCache(): void {
  cached = undefined;
}

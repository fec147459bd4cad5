import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { generatedSecret } from "./system-secret";

const VERSION = "v1";

/**
 * The key for data the gateway must be able to read back (payout account numbers). In production it
 * comes from PAYLANE_DATA_KEY, outside the database, so a stolen dump holds ciphertext only; without
 * it (development, tests) a key generated once in system_secrets.
 */
async function dataKey(db: Db): Promise<Buffer> {
  if (env.PAYLANE_DATA_KEY) return Buffer.from(env.PAYLANE_DATA_KEY, "base64");
  return generatedSecret(db, "data_encryption_key");
}

/** AES-256-GCM with a fresh IV: "v1:<base64 iv|tag|ciphertext>". `context` binds it to its row. */
export async function seal(db: Db, plaintext: string, context: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await dataKey(db), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

/** The plaintext of `sealed`; throws if it was tampered with, moved to another row, or the key changed. */
export async function unseal(db: Db, sealed: string, context: string): Promise<string> {
  const [version, payload = ""] = sealed.split(":", 2);
  if (version !== VERSION) throw new Error("unknown sealed-text version");
  const raw = Buffer.from(payload, "base64");
  const decipher = createDecipheriv("aes-256-gcm", await dataKey(db), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

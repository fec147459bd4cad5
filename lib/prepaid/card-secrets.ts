import { createHmac, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";

const SECRET_NAME = "prepaid_card_number_key";
let cachedKey: Promise<Buffer> | undefined;

/** The HMAC key for card numbers: generated once per installation and shared by every instance. */
function numberKey(db: Db): Promise<Buffer> {
  cachedKey ??= (async () => {
    await db.systemSecret.createMany({
      data: [{ name: SECRET_NAME, value: randomBytes(32).toString("base64") }],
      skipDuplicates: true,
    });
    const stored = await db.systemSecret.findUniqueOrThrow({ where: { name: SECRET_NAME } });
    return Buffer.from(stored.value, "base64");
  })().catch((error: unknown) => {
    cachedKey = undefined;
    throw error;
  });
  return cachedKey;
}

export const PREPAID_NUMBER_PATTERN = /^\d{16}$/;
export const PREPAID_PIN_PATTERN = /^\d{6}$/;

/** Digits only: people type card numbers with spaces and dashes. */
export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/**
 * A keyed hash of the card number: enough to find the card, useless to anyone who steals the table
 * without the key (a plain hash of 16 digits would be brute-forced in minutes).
 */
export async function hashCardNumber(db: Db, number: string): Promise<string> {
  return createHmac("sha256", await numberKey(db))
    .update(normalizeCardNumber(number))
    .digest("hex");
}

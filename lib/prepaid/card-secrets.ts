import { createHmac } from "node:crypto";
import type { Db } from "@/lib/db";
import { generatedSecret } from "@/lib/secrets/system-secret";

/** The HMAC key for card numbers: generated once per installation and shared by every instance. */
function numberKey(db: Db): Promise<Buffer> {
  return generatedSecret(db, "prepaid_card_number_key");
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

// The merchant API's limits on a payment (shared/spec/merchant-api.md). The API's zod schemas and the
// use cases read them from here, so the documentation, validation and behaviour cannot drift apart.

export const ORDER_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MIN_AMOUNT = 1;
export const MAX_AMOUNT = 100_000_000_000;
export const SUPPORTED_CURRENCIES = ["CNY"] as const;
export type Currency = (typeof SUPPORTED_CURRENCIES)[number];
export const SUBJECT_MAX_CHARS = 128;
export const URL_MAX_LENGTH = 2048;
export const EMAIL_MAX_LENGTH = 254;
export const METADATA_MAX_ENTRIES = 20;
export const METADATA_KEY_MAX_CHARS = 40;
export const METADATA_VALUE_MAX_CHARS = 500;

/** Default lifetime of a payment when the merchant gives no expiresAt (spec: 2 hours). */
export const DEFAULT_EXPIRY_MS = 2 * 60 * 60_000;
/** The longest a payment may stay payable: a checkout link older than this is a risk, not a feature. */
export const MAX_EXPIRY_MS = 30 * 24 * 60 * 60_000;

/** Characters as people count them (code points), so "蓝色马克杯" is 5 and an emoji is 1. */
export function charCount(text: string): number {
  return [...text].length;
}

/** An absolute http(s) URL without credentials in it. */
export function isHttpUrl(text: string): boolean {
  if (text.length > URL_MAX_LENGTH || !URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
}

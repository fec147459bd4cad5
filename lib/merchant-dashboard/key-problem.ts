import { isAppError } from "@/lib/errors";

export const KEY_PROBLEMS = [
  "private_key",
  "pkcs1",
  "not_one_pem",
  "unreadable",
  "not_rsa",
  "too_short",
  "too_long",
  "invalid",
] as const;
export type KeyProblem = (typeof KEY_PROBLEMS)[number];

// lib/signing/rsa.ts explains a refused key in English for the API; the dashboard speaks zh and en,
// so it sorts those explanations into reasons it can translate. key-problem.test.ts pins each one,
// so a changed wording fails a test instead of quietly becoming "invalid".
const PATTERNS: [RegExp, KeyProblem][] = [
  [/private key/i, "private_key"],
  [/PKCS#1/, "pkcs1"],
  [/exactly one PEM/i, "not_one_pem"],
  [/could not be read/i, "unreadable"],
  [/must be an RSA key/i, "not_rsa"],
  [/at least \d+ are required/i, "too_short"],
  [/at most \d+ are accepted/i, "too_long"],
];

/** Why a public key was refused, when the error is about the key; null for any other error. */
export function keyProblemOf(error: unknown): KeyProblem | null {
  if (!isAppError(error) || error.code !== "invalid_request" || error.field !== "publicKeyPem") return null;
  return PATTERNS.find(([pattern]) => pattern.test(error.message))?.[1] ?? "invalid";
}

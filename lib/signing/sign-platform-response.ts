import { randomBytes } from "node:crypto";
import { db as defaultDb, type Db } from "@/lib/db";
import { nowMs } from "@/lib/clock";
import { getPlatformPrivateKey } from "./platform-key";
import { signRsaSha256, verifyRsaSha256 } from "./rsa";

export const SIGNATURE_HEADERS = {
  timestamp: "Paylane-Timestamp",
  nonce: "Paylane-Nonce",
  signature: "Paylane-Signature",
} as const;

export type PlatformSignature = { timestamp: string; nonce: string; signature: string };

/** What the gateway signs (spec): `<timestamp>\n<nonce>\n<body>\n`. */
export function platformSigningString(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

/** Signs a response or notification body with the platform key; a fresh nonce every time. */
export async function signPlatformMessage(body: string, db: Db = defaultDb): Promise<PlatformSignature> {
  const timestamp = Math.floor(nowMs() / 1000).toString();
  const nonce = randomBytes(16).toString("hex");
  const privateKey = await getPlatformPrivateKey(db);
  return {
    timestamp,
    nonce,
    signature: signRsaSha256(privateKey, platformSigningString(timestamp, nonce, body)),
  };
}

/** The three Paylane-* headers for `body`. */
export async function platformSignatureHeaders(
  body: string,
  db: Db = defaultDb,
): Promise<Record<string, string>> {
  const signed = await signPlatformMessage(body, db);
  return {
    [SIGNATURE_HEADERS.timestamp]: signed.timestamp,
    [SIGNATURE_HEADERS.nonce]: signed.nonce,
    [SIGNATURE_HEADERS.signature]: signed.signature,
  };
}

/** What a merchant does with a response or notification: check it with the platform public key. */
export function verifyPlatformSignature(
  publicKeyPem: string,
  signed: PlatformSignature,
  body: string,
): boolean {
  return verifyRsaSha256(
    publicKeyPem,
    platformSigningString(signed.timestamp, signed.nonce, body),
    signed.signature,
  );
}

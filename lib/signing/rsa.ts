import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";
import { promisify } from "node:util";
import { AppError } from "@/lib/errors";

const generateKeyPairAsync = promisify(generateKeyPair);

export type RsaKeyPairPem = { publicKeyPem: string; privateKeyPem: string };

export const MIN_RSA_BITS = 2048;
// Far above any real key; bounds the cost of verifying with a key a merchant uploads.
const MAX_RSA_BITS = 16384;

/** A fresh RSA-2048 key pair: public key as SPKI PEM, private key as unencrypted PKCS#8 PEM. */
export async function generateRsaKeyPair(): Promise<RsaKeyPairPem> {
  // Asynchronous: generation takes tens of milliseconds and runs on the thread pool, not the event loop.
  const { publicKey, privateKey } = await generateKeyPairAsync("rsa", {
    modulusLength: MIN_RSA_BITS,
    publicExponent: 0x10001,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/** RSASSA-PKCS1-v1_5 with SHA-256 over the UTF-8 bytes of `data`, as base64 (the merchant API's scheme). */
export function signRsaSha256(privateKey: KeyObject | string, data: string | Buffer): string {
  return sign("sha256", typeof data === "string" ? Buffer.from(data, "utf8") : data, privateKey).toString(
    "base64",
  );
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Whether `signatureBase64` is a valid RSA-SHA256 signature of `data` by `publicKey`. Any malformed input
 * (bad base64, wrong length) is simply "not valid": callers answer signature_invalid, never a 500.
 */
export function verifyRsaSha256(
  publicKey: KeyObject | string,
  data: string | Buffer,
  signatureBase64: string,
): boolean {
  if (!BASE64.test(signatureBase64) || signatureBase64.length % 4 !== 0) return false;
  try {
    return verify(
      "sha256",
      typeof data === "string" ? Buffer.from(data, "utf8") : data,
      publicKey,
      Buffer.from(signatureBase64, "base64"),
    );
  } catch {
    return false;
  }
}

function invalidKey(message: string): never {
  throw new AppError("invalid_request", message, "publicKeyPem");
}

/**
 * Checks a public key a merchant registers and returns it normalised (SPKI PEM, as Node writes it).
 * Refuses, with a message a merchant can act on: anything but one PEM block, a private key (it must
 * never be uploaded), PKCS#1 "RSA PUBLIC KEY" blocks, non-RSA keys and RSA keys under 2048 bits.
 */
export function validateMerchantPublicKeyPem(pem: string): string {
  const text = pem.trim();
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    invalidKey(
      "This is a private key. Keep it secret and register the public key (BEGIN PUBLIC KEY) instead.",
    );
  }
  if (text.includes("-----BEGIN RSA PUBLIC KEY-----")) {
    invalidKey(
      "This is a PKCS#1 key (BEGIN RSA PUBLIC KEY). Convert it to SPKI: openssl rsa -RSAPublicKey_in -pubout.",
    );
  }
  const blocks = text.match(/-----BEGIN [A-Z0-9 ]+-----/g) ?? [];
  if (
    blocks.length !== 1 ||
    !text.startsWith("-----BEGIN PUBLIC KEY-----") ||
    !text.endsWith("-----END PUBLIC KEY-----")
  ) {
    invalidKey(
      "Paste exactly one PEM public key, from -----BEGIN PUBLIC KEY----- to -----END PUBLIC KEY-----.",
    );
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: text, format: "pem" });
  } catch {
    invalidKey("The public key could not be read: the PEM is damaged or incomplete.");
  }
  if (key.asymmetricKeyType !== "rsa") {
    invalidKey(`The key must be an RSA key (got ${key.asymmetricKeyType ?? "an unknown type"}).`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) invalidKey(`The RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are required.`);
  if (bits > MAX_RSA_BITS) invalidKey(`The RSA key has ${bits} bits; at most ${MAX_RSA_BITS} are accepted.`);
  return key.export({ type: "spki", format: "pem" }).toString();
}

/** Reads a PEM private key (PKCS#8 or PKCS#1), refusing anything but RSA of at least 2048 bits. */
export function parseRsaPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey({ key: pem, format: "pem" });
  if (key.asymmetricKeyType !== "rsa" || (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
    throw new Error(`Expected an RSA private key of at least ${MIN_RSA_BITS} bits`);
  }
  return key;
}

/** The SPKI PEM public key of a private key. */
export function publicKeyPemOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: "spki", format: "pem" }).toString();
}

/** A short, stable fingerprint to show next to a key: "SHA256:" + base64 of the SPKI DER digest. */
export function publicKeyFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: "spki", format: "der" });
  return `SHA256:${createHash("sha256").update(der).digest("base64").replace(/=+$/, "")}`;
}

import {
  createPrivateKey,
  createSign,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { IncrementalSigner } from "./settlement";

export interface BankKeys {
  publicKeyPem: string;
  /** Base64 RSASSA-PKCS1-v1_5 SHA-256 signature over the UTF-8 bytes of `data`. */
  sign(data: string): string;
  /** Signs a large document piece by piece (the settlement file), same algorithm as `sign`. */
  signer(): IncrementalSigner;
}

/**
 * A bank's identity is its key pair: generated on first start and kept in its data directory, so the
 * gateway's cached copy of the public key stays valid across restarts.
 */
export function loadOrCreateKeys(dir: string): BankKeys {
  const privatePath = path.join(dir, "private-key.pem");
  const publicPath = path.join(dir, "public-key.pem");
  if (!existsSync(privatePath)) {
    mkdirSync(dir, { recursive: true });
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(privatePath, pair.privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    writeFileSync(publicPath, pair.publicKey.export({ type: "spki", format: "pem" }));
  }
  const privateKey = createPrivateKey(readFileSync(privatePath, "utf8"));
  const publicKeyPem = createPublicKey(privateKey).export({ type: "spki", format: "pem" }).toString();
  return {
    publicKeyPem,
    sign: (data) => signWith(privateKey, data),
    signer: () => incrementalSigner(privateKey),
  };
}

export function incrementalSigner(privateKey: KeyObject): IncrementalSigner {
  const signing = createSign("sha256");
  return {
    update: (text) => void signing.update(text, "utf8"),
    sign: () => signing.sign(privateKey, "base64"),
  };
}

export function signWith(privateKey: KeyObject, data: string): string {
  return sign("sha256", Buffer.from(data, "utf8"), privateKey).toString("base64");
}

export function verifyWith(publicKey: KeyObject, data: string, signature: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
  return verify("sha256", Buffer.from(data, "utf8"), publicKey, Buffer.from(signature, "base64"));
}

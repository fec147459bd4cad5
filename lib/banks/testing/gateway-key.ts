import { generateKeyPairSync, sign } from "node:crypto";
import type { PlatformSigner } from "../types";

/** A throwaway platform key pair for tests, in the shape the connectors take. */
export function testPlatformSigner(): PlatformSigner & { publicKeyPem: string; privateKeyPem: string } {
  const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privateKeyPem = pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return {
    publicKeyPem: pair.publicKey.export({ type: "spki", format: "pem" }).toString(),
    privateKeyPem,
    sign: (data) => sign("sha256", Buffer.from(data, "utf8"), pair.privateKey).toString("base64"),
  };
}

/** Signs with any private key (a forger's, or another bank's). */
export function signerFromPem(privateKeyPem: string): PlatformSigner {
  return { sign: (data) => sign("sha256", Buffer.from(data, "utf8"), privateKeyPem).toString("base64") };
}

import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

/**
 * A prefixed, time-ordered id (`pay_01jd…`): 10 characters of milliseconds then 16 random ones (80 bits),
 * so ids sort by creation and index inserts stay local.
 */
export function newId(prefix: string, at: number = Date.now()): string {
  let time = "";
  let t = at;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let rand = "";
  for (const byte of bytes) rand += ALPHABET[byte % 32];
  return `${prefix}_${time}${rand}`;
}

/** A random token for links and nonces: URL-safe, 32 bytes of entropy unless told otherwise. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
